# Every builtin exception class: construction with 0/1/2 arguments, args, str, repr.
import builtins
names = sorted(n for n, v in vars(builtins).items() if isinstance(v, type) and issubclass(v, BaseException)
               and n not in ("BaseExceptionGroup", "ExceptionGroup"))
for n in names:
    cls = getattr(builtins, n)
    out = []
    for args in [(), ("msg",), ("a", 2)]:
        try:
            e = cls(*args)
            out.append("%r|%s|%r" % (e.args, e, e))
        except Exception as err:
            out.append("%s: %s" % (type(err).__name__, err))
    print(n, *out, sep="  ")

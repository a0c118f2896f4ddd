# the builtin exception hierarchy: every class's bases and __mro__ names, as CPython 3.12 has them.
import builtins
names = sorted(n for n, v in vars(builtins).items() if isinstance(v, type) and issubclass(v, BaseException))
for n in names:
    c = getattr(builtins, n)
    print(n, [b.__name__ for b in c.__bases__], [m.__name__ for m in c.__mro__][1:])
print(len(names))

# Exception objects: args, str/repr, attributes, add_note, with_traceback.
for e in [Exception(), Exception("m"), Exception("a", 1), ValueError(None), KeyError("k"), KeyError(), KeyError(1, 2), IndexError(0), StopIteration(5), StopIteration(), SystemExit(3), SystemExit(), SystemExit("bye"), SystemExit(1, 2)]:
    print(type(e).__name__, "| args", e.args, "| str", repr(str(e)), "| repr", repr(e))
si = StopIteration(1, 2)
print(si.value, StopIteration().value, SystemExit(1, 2).code, SystemExit().code, SystemExit(None).code, KeyboardInterrupt().args)
e = ValueError("base")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__, str(e))
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
def raiser():
    raise RuntimeError("inner")
try:
    raiser()
except RuntimeError as err:
    tb = err.__traceback__
    print(type(tb).__name__, tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next)
    fresh = ValueError("fresh")
    print(fresh.with_traceback(tb) is fresh, fresh.__traceback__ is tb)
print(ValueError().__traceback__, ValueError().__context__, ValueError().__cause__, ValueError().__suppress_context__)
x = ValueError("x")
x.__cause__ = KeyError("c")
print(x.__suppress_context__, repr(x.__cause__))
try:
    x.__cause__ = 5
except TypeError as err:
    print(type(err).__name__, err)
print(BaseException.__subclasses__()[:0], issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print([c.__name__ for c in KeyError.__mro__], [c.__name__ for c in UnicodeDecodeError.__mro__], [c.__name__ for c in RecursionError.__mro__])
print(NotImplementedError.__mro__[1].__name__, ModuleNotFoundError.__base__.__name__, FileNotFoundError.__base__.__name__, ZeroDivisionError.__base__.__name__, TimeoutError.__base__.__name__)
err = Exception("a")
err.args = [1, 2]
print(err.args, str(err))
err.custom = "attr"
print(err.custom, Exception.__dict__.get("custom"), Exception.__doc__)
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")), str(UnicodeEncodeError("ascii", "é", 0, 1, "nope")))
print(repr(AttributeError("m", name="n", obj=1)), AttributeError("m", name="n").name, NameError("x", name="y").name, ImportError("m", name="mod", path="p").path)

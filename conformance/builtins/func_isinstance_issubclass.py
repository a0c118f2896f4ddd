# isinstance() and issubclass(): tuples (nested), unions, __instancecheck__/__subclasscheck__, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, (float, int))), isinstance(1, ()), isinstance(1, int | str), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(int, int), issubclass(int, bool), issubclass(type, object), issubclass(int, int | None))
t(lambda: isinstance(1, 1))
t(lambda: isinstance(1, (int, 1)))
t(lambda: isinstance(1, (1, int)))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: isinstance(1))
t(lambda: issubclass(int, list[int]))
t(lambda: isinstance([], list[int]))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is str
class M(metaclass=Meta):
    pass
print(isinstance("magic", M), isinstance(1, M), issubclass(str, M), issubclass(int, M), isinstance(M(), M))
class Fake:
    __class__ = int
print(isinstance(Fake(), int), type(Fake()) is Fake)
class WithBases:
    __bases__ = (int,)
t(lambda: issubclass(WithBases(), int))
import collections.abc as abc
print(isinstance([], abc.Sequence), isinstance({}, abc.Mapping), issubclass(dict, abc.MutableMapping), isinstance(iter([]), abc.Iterator))

# isinstance/issubclass with tuples, nested tuples, unions, abstract classes and the TypeErrors.
from collections.abc import Iterable, Sized
print(isinstance(1, (str, (float, (int,)))), isinstance(1, int | str), isinstance(None, int | None), isinstance([], Iterable | int))
print(issubclass(bool, (str, int)), issubclass(int, int | str), issubclass(list, Sized), issubclass(bool, ()), isinstance(1, ()))
print(isinstance(True, int), issubclass(type, object), issubclass(object, type), isinstance(type, type), isinstance(int, object))
for bad in [lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int), lambda: issubclass(int, 1),
            lambda: issubclass(int, (int, "x")) , lambda: isinstance(1, list[int]), lambda: issubclass(list, list[int]),
            lambda: isinstance(1, int | list[int]), lambda: isinstance()]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        return sub is str
class M(metaclass=Meta):
    pass
print(isinstance("magic", M), isinstance("x", M), issubclass(str, M), issubclass(int, M), isinstance(M(), M))
print(isinstance(1, (M, int)), issubclass(str, (int, M)))

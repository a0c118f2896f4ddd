# isinstance/issubclass, hasattr/getattr/setattr/delattr, callable, id-free identity checks.
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(1, (str, int)), isinstance([], (tuple, (set, list))), issubclass(B, A), issubclass(A, A), issubclass(B, (int, A)))
print(isinstance(1, object), isinstance(None, object), isinstance(A, type), issubclass(int, object), issubclass(bool, int), isinstance(1.0, int))
o = A()
setattr(o, "x", 1)
print(getattr(o, "x"), getattr(o, "y", "default"), hasattr(o, "x"), hasattr(o, "y"))
delattr(o, "x")
print(hasattr(o, "x"), vars(o))
setattr(o, "with space", 5)
print(getattr(o, "with space"), vars(o))
for bad in [lambda: getattr(o, "nope"), lambda: delattr(o, "nope"), lambda: getattr(o, 1), lambda: setattr(o, 1, 1), lambda: setattr(1, "x", 1), lambda: delattr(1, "real"), lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: getattr(o), lambda: hasattr(o)]:
    try:
        print(bad())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(getattr(1, "real"), getattr("s", "upper")(), getattr(A, "__name__"), getattr([], "__len__")())
print(callable(len), callable(A), callable(o), callable(lambda: 0), callable("s"), callable(A.__init__))
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c, None is None, type(None)() is None)
print(type(o) is A, o.__class__ is A, type(A) is type, isinstance(type, type))
print(isinstance(3, int | str), issubclass(bool, int | None))
import numbers
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1j, numbers.Complex), isinstance(True, numbers.Number), isinstance("1", numbers.Number))

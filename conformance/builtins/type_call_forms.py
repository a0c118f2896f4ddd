# type() with one and three arguments: names, bases, dicts, qualname, and the errors of each form.
print(type(1), type("a"), type(type), type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
X = type("X", (), {"a": 1, "f": lambda self: 2})
print(X.__name__, X.__qualname__, X.__module__, X.a, X().f(), X.__bases__, X.__mro__)
Y = type("Y", (X, int), {"__qualname__": "Outer.Y", "__slots__": ()})
print(Y.__qualname__, Y.__bases__, Y(5) + 1, Y.__mro__[1:])
for bad in [lambda: type(), lambda: type(1, 2), lambda: type("A", 1, {}), lambda: type("A", (), 1), lambda: type(1, (), {}),
            lambda: type("A", (1,), {}), lambda: type("A", (bool,), {}), lambda: type("A", (int, str), {}), lambda: type("A\0", (), {}),
            lambda: type("A", (), {"__qualname__": 1}), lambda: type("A", (), {}, 1), lambda: type("A", (), {}, x=1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Meta(type):
    pass
Z = Meta("Z", (), {})
print(type(Z).__name__, type(Z("Q", (), {})).__name__ if False else "", isinstance(Z, type), Z.__class__ is Meta)

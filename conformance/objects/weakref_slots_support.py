# Which objects can be weakly referenced: __weakref__ in __slots__, builtin subclasses.
import weakref
class NoWeak:
    __slots__ = ("a",)
class WithWeak:
    __slots__ = ("a", "__weakref__")
class Child(NoWeak):
    pass
for cls in (NoWeak, WithWeak, Child):
    try:
        weakref.ref(cls())
        print(cls.__name__, "ok", "__weakref__" in cls.__dict__)
    except TypeError as e:
        print(cls.__name__, "TypeError", e)
class L(list):
    pass
class D(dict):
    pass
class I(int):
    pass
for cls, arg in ((L, [1]), (D, {}), (I, 3)):
    try:
        weakref.ref(cls(arg))
        print(cls.__name__, "ok")
    except TypeError as e:
        print(cls.__name__, "TypeError", e)
try:
    class Twice(WithWeak):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError", e)
print(type(WithWeak.__dict__["__weakref__"]).__name__, WithWeak.__weakref__.__doc__)
for obj in (len, int, weakref, lambda: 0, set(), frozenset(), type):
    print(type(obj).__name__, weakref.ref(obj)() is obj)

# __mro_entries__ lets non-class objects appear in a bases list; __orig_bases__ keeps the originals.
class Mixin:
    def hello(self):
        return "hello from Mixin"
class Factory:
    def __mro_entries__(self, bases):
        print("__mro_entries__ called with", [type(b).__name__ for b in bases])
        return (Mixin,)
f = Factory()
class User(f):
    pass
print(User.__bases__, User.__orig_bases__[0] is f, User().hello())
class Multi:
    def __mro_entries__(self, bases):
        return (int, Mixin)
try:
    class Bad(Multi()):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Empty:
    def __mro_entries__(self, bases):
        return ()
class OnlyObject(Empty()):
    pass
print(OnlyObject.__bases__)
import typing
T = typing.TypeVar("T")
class G(typing.Generic[T]):
    pass
print(G.__bases__, G.__orig_bases__)
try:
    type("Dyn", (f,), {})
except TypeError as e:
    print(type(e).__name__, e)
import types
print(types.resolve_bases((f, int)), types.new_class("Made", (f,)).__bases__)
class NotAType:
    pass
try:
    class Bad2(NotAType()):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# isinstance/issubclass: tuples, __instancecheck__/__subclasscheck__, __class__, duck classes.
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return issubclass(sub, int)
class IntLike(metaclass=Meta):
    pass
print(isinstance(3, IntLike), isinstance("x", IntLike), isinstance(IntLike(), IntLike))
print(issubclass(bool, IntLike), issubclass(str, IntLike))
print(isinstance(3, (str, (list, int))), issubclass(bool, (str, (int,))), isinstance(3, ()))
class Pretender:
    @property
    def __class__(self):
        return int
p = Pretender()
print(isinstance(p, int), isinstance(p, Pretender), type(p).__name__)
class Duck:
    __bases__ = ()
class DuckChild:
    __bases__ = (Duck(),)
dc = DuckChild()
print(issubclass(DuckChild(), dc.__bases__[0]))
for f in (lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int),
          lambda: issubclass(int, 1), lambda: issubclass(int, (1,)), lambda: isinstance(1, [int])):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance(1, (1, int))
except TypeError as e:
    print("TypeError:", e)
print(type.__instancecheck__(int, True), type.__subclasscheck__(int, bool), int.__subclasscheck__(bool))

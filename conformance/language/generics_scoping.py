# PEP 695 scoping: lazily evaluated bounds and aliases, type params visible in methods, Generic base.
class Box[T: (int, str)]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
    def kind(self):
        return T.__name__
b = Box(5)
print(b.get(), b.kind(), Box.__type_params__, Box.__bases__, Box.__orig_bases__ if hasattr(Box, "__orig_bases__") else "-")
class Lazy[U: NotYetDefined]:
    pass
(U,) = Lazy.__type_params__
try:
    U.__bound__
except NameError as e:
    print("bound evaluated lazily:", e)
NotYetDefined = int
print(U.__bound__)
type Alias[K, V] = dict[K, list[V]]
print(Alias, Alias[str, int], Alias.__type_params__, Alias.__value__)
def outer():
    class Inner[T]:
        x = T
    return Inner.x, Inner.__qualname__
print(outer())
class Base[T]:
    pass
class Child[S](Base[S]):
    pass
print(Child.__mro__, Child.__orig_bases__)
def func[*Ts](*args: *Ts) -> tuple[*Ts]:
    return args
print(func(1, "a"), func.__annotations__)
type Nested = list[Nested]
print(Nested.__value__)
T = "global T"
class UsesGlobal[T]:
    attr = T
print(UsesGlobal.attr, T)
try:
    class Bad[T](T): pass
except TypeError as e:
    print(type(e).__name__, e)
print(type(Box[int]).__name__, Box[int].__origin__ is Box, Box[int](3).get())

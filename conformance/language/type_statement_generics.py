# PEP 695: type aliases and generic functions/classes.
type Point = tuple[float, float]
print(Point, type(Point).__name__, Point.__name__, Point.__value__)
type ListOrSet[T] = list[T] | set[T]
print(ListOrSet.__type_params__, ListOrSet[int])
type Lazy = UndefinedUntilUsed
try:
    Lazy.__value__
except NameError as e:
    print("lazy evaluation:", e)

def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3, 4]), first.__type_params__)
(T,) = first.__type_params__
print(type(T).__name__, T.__name__)

class Stack[T]:
    def __init__(self):
        self.items: list[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack.__type_params__, Stack.__orig_bases__ if hasattr(Stack, '__orig_bases__') else None)
print(Stack[int], Stack.__mro__)

class Pair[K: str, V: (int, float)]:
    pass
K, V = Pair.__type_params__
print(K.__bound__, V.__constraints__)

def variadic[*Ts, **P](*args: *Ts) -> None:
    pass
print(variadic.__type_params__)
for p in variadic.__type_params__:
    print(type(p).__name__, p.__name__)

type Recursive = list[Recursive] | int
print(Recursive.__value__)
print(first.__annotations__)

# Generic functions and classes (PEP 695) used at runtime.
def first[T](items: list[T]) -> T:
    return items[0]
def pair[K, V](k: K, v: V) -> dict[K, V]:
    return {k: v}
print(first([4, 5]), pair("a", 1), first.__type_params__, pair.__type_params__)
class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> "Stack[T]":
        self.items.append(item)
        return self
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]().push(1).push(2)
print(s.pop(), Stack.__type_params__, Stack.__parameters__, Stack[str].__args__)
class Pair[A, B]:
    def __init__(self, a: A, b: B):
        self.a, self.b = a, b
    def swap(self) -> "Pair[B, A]":
        return Pair(self.b, self.a)
p = Pair(1, "x").swap()
print(p.a, p.b, Pair.__orig_bases__ if hasattr(Pair, "__orig_bases__") else None)
class Bounded[N: (int, float)]:
    def __init__(self, n: N): self.n = n
print(Bounded(2.5).n, Bounded.__type_params__[0].__constraints__)
class Sub[T](Stack[T]):
    pass
print(Sub.__mro__[1].__name__, Sub.__type_params__)
def outer():
    def inner[T](x: T) -> T:
        return x
    return inner
print(outer()(3), outer().__qualname__)

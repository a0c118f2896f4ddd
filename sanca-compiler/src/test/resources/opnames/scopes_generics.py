def first[T](xs: list[T]) -> T:
    return xs[0]
def bounded[T: int, *Ts, **P](a: T = 1, *, b: int = 2) -> T:
    return a
class Box[T]:
    def get(self) -> T:
        return self.item
type Alias = list[int]
type Pair[K, V: str] = tuple[K, V]
class Outer:
    type Inner = Outer
    def method[U](self, u: U) -> U:
        return u

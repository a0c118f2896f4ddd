# dataclasses: inheritance and field order, InitVar, ClassVar, field metadata, eq across classes, match_args.
import dataclasses
from dataclasses import dataclass, field, InitVar
from typing import ClassVar
@dataclass
class Base:
    x: int
    y: int = 0
@dataclass
class Derived(Base):
    z: int = 5
    x: int = 10
print(Derived(), Derived(1, 2, 3), [f.name for f in dataclasses.fields(Derived)])
@dataclass
class WithInitVar:
    value: int
    scale: InitVar[int] = 2
    counter: ClassVar[int] = 0
    tags: list = field(default_factory=list, metadata={"doc": "labels"})
    def __post_init__(self, scale):
        self.value *= scale
        WithInitVar.counter += 1
w = WithInitVar(3, 10)
print(w, WithInitVar.counter, [f.name for f in dataclasses.fields(w)], dataclasses.fields(w)[1].metadata["doc"])
@dataclass
class A:
    v: int
@dataclass
class B:
    v: int
print(A(1) == B(1), A(1) == A(1), A(1) != A(2), A(1).__eq__(B(1)))
@dataclass(order=True)
class Ord:
    a: int
    b: str = field(compare=False)
print(Ord(1, "z") < Ord(2, "a"), Ord(1, "x") == Ord(1, "y"), sorted([Ord(2, "b"), Ord(1, "c")]))
try:
    Ord(1, "a") < A(1)
except TypeError as e:
    print(type(e).__name__, e)
@dataclass(repr=False, eq=False)
class NoGen:
    q: int
print(NoGen(1) == NoGen(1), repr(NoGen(1)).startswith("<__main__.NoGen object"))
print(dataclasses.is_dataclass(A), dataclasses.is_dataclass(A(1)), dataclasses.is_dataclass(int))
@dataclass
class Nested:
    inner: A
    items: list
n = Nested(A(1), [A(2), {"k": A(3)}])
print(dataclasses.asdict(n), dataclasses.astuple(n))
try:
    dataclasses.asdict(A)
except TypeError as e:
    print(type(e).__name__, e)
Made = dataclasses.make_dataclass("Made", [("p", int), ("q", str, field(default="d"))])
print(Made(1), Made.__match_args__)
match Derived(1, 2, 3):
    case Derived(x, y, z):
        print("matched", x, y, z)

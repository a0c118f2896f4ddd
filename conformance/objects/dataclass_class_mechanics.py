# dataclasses build methods with exec and class attributes; the object model must support them.
from dataclasses import dataclass, field, fields, asdict, replace
@dataclass(order=True)
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list, compare=False)
a = Item("a", 2)
b = Item("b")
print(a, b, a < b, a == Item("a", 2, ["x"]), [f.name for f in fields(Item)])
print(asdict(a), replace(a, qty=5), Item.__eq__ is not object.__eq__, Item.__hash__)
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
p = P(1)
try:
    p.x = 2
except Exception as e:
    print(type(e).__name__, e)
print(hash(p) == hash(P(1, 0)), {p}, P.__match_args__)
@dataclass
class Child(Item):
    extra: bool = False
print(Child("c", 1, [], True), Child.__mro__[1].__name__)
try:
    Item()
except TypeError as e:
    print("TypeError", e)
@dataclass(slots=True)
class S:
    v: int
s = S(3)
print(s, S.__slots__, hasattr(s, "__dict__"))

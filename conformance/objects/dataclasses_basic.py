# dataclasses: generated methods, defaults, field(), order, frozen, post_init, asdict.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    internal: int = field(default=0, repr=False, compare=False)

a = Item("apple", 1.5)
print(a, a == Item("apple", 1.5), a == Item("apple", 1.5, internal=9))
a.tags.append("fruit")
print(asdict(a), astuple(a), replace(a, price=2.0))
print([f.name for f in fields(Item)], Item.__match_args__)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
print(Version(1, 2) < Version(1, 10), sorted([Version(2), Version(1, 5)]), hash(Version(1)) == hash(Version(1)))
v = Version(1)
try:
    v.major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)

@dataclass
class Rect:
    w: int
    h: int
    area: int = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
print(Rect(2, 3))
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    Item()
except TypeError as e:
    print(type(e).__name__, e)
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1))
try:
    KW(1)
except TypeError as e:
    print(type(e).__name__, e)
@dataclass(slots=True)
class Slotted:
    x: int
print(Slotted(1), Slotted.__slots__, hasattr(Slotted(1), "__dict__"))
print(Item.__eq__ is not object.__eq__, Item.__hash__)

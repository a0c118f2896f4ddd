from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, FrozenInstanceError
from collections import namedtuple, defaultdict
import dataclasses


@dataclass
class Inner:
    v: int


@dataclass
class Outer:
    name: str
    items: list
    mapping: dict
    inner: Inner
    pair: tuple = (1, 2)


o = Outer('o', [Inner(1), 2], {'k': Inner(3)}, Inner(4))
print(o)
print(asdict(o))
print(astuple(o))
NT = namedtuple('NT', 'a b')


@dataclass
class WithNT:
    nt: NT
    dd: defaultdict


w = WithNT(NT(Inner(1), 2), defaultdict(list, {'x': [Inner(2)]}))
print(asdict(w), astuple(w))
print(asdict(o, dict_factory=lambda kv: sorted(kv)), astuple(Inner(5), tuple_factory=list))
for bad in ["asdict(1)", "astuple(Inner)", "replace(1)", "fields(object())"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, '->', e)


@dataclass
class WithInitVar:
    a: int
    scale: InitVar[int]
    b: int = field(init=False)

    def __post_init__(self, scale):
        self.b = self.a * scale


x = WithInitVar(2, 10)
print(x, x.b)
try:
    replace(x)
except ValueError as e:
    print("ValueError:", e)
print(replace(x, scale=3))


@dataclass(frozen=True)
class Frozen:
    a: int
    b: list = field(default_factory=list, hash=False)


fz = Frozen(1)
for action in ["fz.a = 2", "del fz.b", "fz.c = 3"]:
    try:
        exec(action)
    except FrozenInstanceError as e:
        print(action, '->', type(e).__name__, e)
print(hash(fz) == hash((1,)), Frozen.__setattr__.__qualname__, fz == Frozen(1), fz == Frozen(1, [2]))


@dataclass
class Meta:
    a: int = field(default=1, metadata={'unit': 'cm'}, repr=False)
    b: int = field(default=2, compare=False)


print(Meta(), Meta(1, 2) == Meta(1, 3), fields(Meta)[0].metadata['unit'], Meta.a, Meta.b)


@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2


print(KW(a=1), KW.__match_args__)
try:
    KW(1)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True, default=0)
    c: int = 5


print(Mixed(1, 2, b=3), Mixed.__match_args__)


@dataclass
class Node:
    val: int
    nxt: 'Node | None' = None


print(Node(1, Node(2)), Node(1) == Node(1), Node(1) != Node(2))


@dataclass(repr=False, eq=False, match_args=False)
class Bare:
    a: int


print('__repr__' in Bare.__dict__, '__eq__' in Bare.__dict__, hasattr(Bare, '__match_args__'), Bare(3).a)


@dataclass
class HasSelf:
    self: int


print(HasSelf(5))


@dataclass(slots=True, frozen=True)
class SF:
    a: int


print(SF(1), SF.__slots__, hash(SF(1)) == hash((1,)))
try:
    @dataclass(weakref_slot=True)
    class WS:
        a: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class A:
        a: int = field(default=1, default_factory=int)
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class NF(Frozen):
        c: int = 0
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(unsafe_hash=True)
    class UH:
        a: int

        def __hash__(self):
            return 0
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Explicit:
    a: int

    def __repr__(self):
        return 'mine'

    def __eq__(self, other):
        return True


print(Explicit(1), Explicit(1) == 5, Explicit.__hash__)
match Inner(7):
    case Inner(v):
        print('matched', v)
print(dataclasses.is_dataclass(Inner), dataclasses.is_dataclass(Inner(1)), dataclasses.is_dataclass(int))

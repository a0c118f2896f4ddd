import dataclasses, typing
from dataclasses import *
@dataclass
class P:
    x: int
    y: list = field(default_factory=list)
    z: typing.ClassVar[int] = 3

print(P.__doc__, fields(P)[1].name, fields(P)[1].default_factory, fields(P)[1].metadata)
print(P.__init__.__qualname__, P.__match_args__)
try:
    @dataclass
    class Q:
        x: int = 0
        y: int
except TypeError as e: print(e)
try:
    @dataclass
    class Q:
        x: list = []
except ValueError as e: print(e)
try: fields(1)
except TypeError as e: print(e)
@dataclass(frozen=True)
class F:
    a: int
f = F(1)
try: del f.a
except FrozenInstanceError as e: print(e)
try: replace(f, b=2)
except TypeError as e: print(e)
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 1
    c: InitVar[int] = 5
    d: int = field(init=False, default=9)
    def __post_init__(self, c): self.e = c
print(K.__doc__, K(1, b=2), K(1).e, K.__match_args__)
try: K(1, 2)
except TypeError as e: print(e)
try: replace(K(1), d=3)
except ValueError as e: print(e)
print(astuple(K(1)), asdict(K(1)), is_dataclass(K), is_dataclass(K(1)), is_dataclass(1))
C = make_dataclass('C', ['a', ('b', int), ('c', int, field(default=3))], namespace={'m': lambda self: 1})
print(C(1, 2), C(1,2).m(), C.__doc__)
@dataclass(order=True, unsafe_hash=True)
class O:
    a: int
    b: str = 'x'
print(O(1) < O(2), hash(O(1)) == hash((1, 'x')), O.__hash__ is not None)
try: O(1) < 3
except TypeError as e: print(e)
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
print(S.__slots__, S(1), hasattr(S(1), '__dict__'))
@dataclass
class N:
    a: int
    n: 'N' = None
n = N(1); n.n = n; print(n)
print(fields(K)[1]._field_type, InitVar[int], InitVar[list[int]])
@dataclass(eq=False)
class E:
    a: int
print(E(1) == E(1), E.__hash__ is object.__hash__)
@dataclass
class H:
    a: int
print(H.__hash__)
try:
    @dataclass(order=True, eq=False)
    class Bad: a: int
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: int
        def __lt__(self, o): pass
    dataclass(order=True)(Bad2)
except TypeError as e: print(e)
@dataclass
class Base:
    x: int = 1
@dataclass
class Der(Base):
    y: int = 2
print(Der(), [f.name for f in fields(Der)])
try:
    F.__setattr__(f, 'a', 3)
except FrozenInstanceError as e: print(repr(e), FrozenInstanceError.__mro__)
print(dataclasses.__all__)

# Dataclass corner cases: hash=/compare= fields, own __slots__, frozen InitVar, nested asdict.
from dataclasses import *
import dataclasses
@dataclass
class A:
    x: int = field(default=1, hash=True, compare=False)
    y: int = 2
    def __post_init__(self):
        self.z = self.x + self.y
@dataclass(unsafe_hash=True)
class B(A):
    w: int = 3
print(B(), B().z, hash(B()) == hash((1, 2, 3)), B(1) == B(5), fields(B)[0].hash)
@dataclass
class S:
    __slots__ = ('a',)
    a: int
print(S(1), S.__slots__)
@dataclass(frozen=True)
class F:
    a: int
    b: InitVar[int] = 4
    def __post_init__(self, b):
        object.__setattr__(self, 'c', self.a * b)
f = F(2)
print(f, f.c, replace(f, a=3).c)
print(asdict(A()), astuple(B()), dataclasses.is_dataclass(A), A.__match_args__)
@dataclass
class Nest:
    d: dict
    l: list
print(asdict(Nest({(1, 2): [A()]}, [A(), (A(),)])))
try:
    @dataclass(order=True)
    class O:
        a: int
        def __lt__(self, o): return True
except TypeError as e: print(e)
@dataclass
class WithClassVar:
    import typing
    cv: typing.ClassVar[int] = 3
    x: int = 0
print(WithClassVar(), [f.name for f in fields(WithClassVar)], WithClassVar.cv)
@dataclass
class Defaults:
    a: int = 0
    b: list = field(default_factory=lambda: [1])
    c: str = field(default='q', repr=False)
d = Defaults()
print(d, d.b, Defaults.a, hasattr(Defaults, 'b'), Defaults.c, Defaults.__init__.__defaults__)
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__, '__eq__' in NoEq.__dict__)
print(dataclasses.MISSING is not None, type(dataclasses.KW_ONLY).__name__, dataclasses.FrozenInstanceError.__mro__)
@dataclass
class Empty: pass
print(Empty.__init__.__annotations__, Empty.__dataclass_fields__, Empty().__repr__())

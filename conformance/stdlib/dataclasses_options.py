# frozen / slots / kw_only / match_args / order / unsafe_hash combinations.
from dataclasses import dataclass, field, FrozenInstanceError, replace, fields
import copy


for eq in (False, True):
    for frozen in (False, True):
        for unsafe_hash in (False, True):
            @dataclass(eq=eq, frozen=frozen, unsafe_hash=unsafe_hash)
            class C:
                a: int = 1
            h = C.__dict__.get('__hash__', 'absent')
            kind = 'absent' if h == 'absent' else ('None' if h is None else 'fn')
            print(eq, frozen, unsafe_hash, kind)


@dataclass
class WithEqHash:
    a: int

    def __eq__(self, other):
        return True
    __hash__ = None


print(WithEqHash.__hash__)


@dataclass(frozen=True, slots=True)
class FS:
    a: int
    b: tuple = ()


fs = FS(1, (2,))
print(fs, FS.__slots__, hash(fs) == hash((1, (2,))))
try:
    fs.a = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
print(copy.deepcopy(fs) == fs, fs.__getstate__())
print(replace(fs, b=(9,)))


@dataclass(slots=True, weakref_slot=True)
class WR:
    a: int


print(WR.__slots__, '__weakref__' in dir(WR(1)))


@dataclass(slots=True)
class SlotBase:
    a: int


@dataclass(slots=True)
class SlotChild(SlotBase):
    b: int


print(SlotChild.__slots__, SlotChild(1, 2))
try:
    SlotChild(1, 2).c = 5
except AttributeError as e:
    print('AttributeError', e)


@dataclass(kw_only=True)
class KB:
    a: int
    b: int = 0


@dataclass
class KC(KB):
    c: int
    d: int = 4


print(KC(5, a=1), KC.__match_args__)
print(KC.__doc__)


@dataclass(match_args=False)
class NM:
    a: int


print(hasattr(NM, '__match_args__'))


@dataclass
class HasMA:
    a: int
    __match_args__ = ('custom',)


print(HasMA.__match_args__)


@dataclass(order=True)
class Ord:
    a: int
    b: str = field(compare=False, default='z')
    c: float = 0.0


print(sorted([Ord(2), Ord(1, 'q', 3.0), Ord(1, 'r', 2.0)]))
print(Ord(1) <= Ord(1), Ord(1) > Ord(0), Ord.__lt__(Ord(1), 5))
try:
    Ord(1) < 1
except TypeError as e:
    print(e)


@dataclass(init=False)
class NoInit:
    a: int = 3


n = NoInit()
print(n, NoInit.__init__ is object.__init__)


@dataclass
class Factory:
    a: list = field(default_factory=list)
    b: int = field(default=7, init=False)
    c: dict = field(default_factory=dict, init=False)


f1, f2 = Factory(), Factory()
print(f1, f1.a is f2.a, f1.c is f2.c)


@dataclass(frozen=True)
class FrozenPost:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, 'b', self.a * 2)


print(FrozenPost(4))

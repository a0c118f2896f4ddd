from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
import enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return f'{self.name} is {self.value}'

    @classmethod
    def favourite(cls):
        return cls.GREEN


print(Color.RED.describe(), Color.favourite(), Color.RED.__class__.__name__, Color.__name__)
print([c.name for c in reversed(Color)], Color.RED != Color.GREEN, Color.RED is not Color.BLUE)
print(Color(3), Color['RED'], getattr(Color, 'GREEN'), Color.__members__['BLUE'])
print({c: c.value for c in Color}, hash(Color.RED) == hash(Color.RED))
print(repr(Color.RED), str(Color.GREEN), format(Color.BLUE, ''), f'{Color.RED!r}', f'{Color.RED!s}')
print(dir(Color) == sorted(dir(Color)), 'RED' in dir(Color))
try:
    Color.PURPLE
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color()
except TypeError as e:
    print("TypeError:", e)


class Ordered(Enum):
    _order_ = 'A B'
    A = 1
    B = 2


print(list(Ordered))
try:
    class BadOrder(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print("TypeError:", e)


class Pri(IntEnum):
    LOW = auto()
    HIGH = auto()


print(Pri.LOW, Pri.HIGH.value, Pri.LOW < Pri.HIGH, Pri.HIGH * 2, int(Pri.LOW), Pri(2), isinstance(Pri.LOW, int))
print(f'{Pri.HIGH}', str(Pri.LOW), repr(Pri.LOW), [p for p in Pri], Pri.LOW == 1, {1: 'one'}[Pri.LOW])


class Dir(StrEnum):
    NORTH = auto()
    SOUTH = 'S'


print(Dir.NORTH, Dir.SOUTH, Dir.NORTH.upper(), Dir('S'), Dir.NORTH + '!', repr(Dir.SOUTH), len(Dir.NORTH))


class Animal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f'{name}-{count}'
    CAT = auto()
    DOG = auto()


print(Animal.CAT.value, Animal.DOG.value)


class Start(Enum):
    A = 10
    B = auto()
    C = auto()


print([s.value for s in Start])


class Fallback(Enum):
    ONE = 1
    UNKNOWN = 0

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, int):
            return cls.UNKNOWN
        return None


print(Fallback(99), Fallback(1))
try:
    Fallback('x')
except ValueError as e:
    print("ValueError:", e)


class BadMissing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 5


try:
    BadMissing(2)
except TypeError as e:
    print("TypeError:", e)


class Coord(Enum):
    X = (1, 0)
    Y = (0, 1)

    def __init__(self, dx, dy):
        self.dx = dx
        self.dy = dy


print(Coord.X.dx, Coord.Y.value, Coord((0, 1)))


class Num(int, Enum):
    ONE = 1
    TWO = 2


print(Num.ONE, repr(Num.TWO), Num.ONE + 1, format(Num.ONE), f'{Num.TWO}')


class Shape(Enum):
    def __new__(cls, value, sides):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.sides = sides
        return obj
    TRI = (1, 3)
    SQ = (2, 4)


print(Shape.TRI, Shape(2), Shape.SQ.sides, Shape.TRI.value)
Animal2 = Enum('Animal2', 'ANT BEE CAT')
print(list(Animal2), Animal2.BEE.value, Animal2.__name__)
Lst = Enum('Lst', ['a', 'b'], start=5)
print(list(Lst), Enum('Map', {'x': 'ex'}).x.value, IntEnum('IE', 'p q').q + 1)
Col = Enum('Col', [('R', 'red'), ('G', 'green')])
print(Col.R.value, Col('green'))
for call in ["Color('RED', 'X Y')", "Enum('Empty')", "Enum('Empty', ())"]:
    try:
        print(eval(call))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(Perm.R | Perm.W, Perm.R + Perm.W, Perm(7), list(Perm(7)), Perm.R in Perm(5), Perm(0), bool(Perm(0)))
print(repr(Perm(7)), repr(Perm.R & Perm.W), repr(Perm.R ^ Perm.X), ~Perm.X, repr(~Perm.X))


class Opt(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B


print(list(Opt), Opt.AB, repr(Opt.A | Opt.B | Opt.C), len(Opt.AB), Opt.A in Opt.AB, Opt(0), repr(~Opt.A))
print(list(Opt.__members__), Opt.AB.name, (Opt.A | Opt.C).name, Opt(0).name)
print(enum.EnumMeta is enum.EnumType, type(Opt), isinstance(Opt.A, Flag), issubclass(IntFlag, int))

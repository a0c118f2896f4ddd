# repr(), str(), format() and dir()-style views of members of every kind of enum.
import enum
from enum import Enum, IntEnum, StrEnum, IntFlag, Flag, ReprEnum
from dataclasses import dataclass


class Color(Enum):
    RED = 1
    GREEN = 'g'
    BLUE = (1, 2)


class Level(IntEnum):
    LOW = 1
    HIGH = 2


class Word(StrEnum):
    HELLO = 'hello'


class Temp(float, Enum):
    COLD = 0.5


class Fixed(float, ReprEnum):
    HALF = 0.5


@dataclass
class Pt:
    x: int
    y: int


class Corner(Pt, Enum):
    ORIGIN = 0, 0
    UNIT = 1, 1


for m in (Color.RED, Color.GREEN, Color.BLUE, Level.LOW, Word.HELLO, Temp.COLD, Fixed.HALF,
          Corner.UNIT):
    print(repr(m), str(m), format(m), f'{m!s:>12}|', '%s' % (m,))
print(repr(Color), repr(Level), str(Word), repr(IntFlag), repr(Enum))
print(Color.RED.name, Color.RED.value, Color['GREEN'], Color(('1', 2)[0] == '1' and (1, 2)))
print(format(Level.HIGH, '03d'), Level.HIGH * 2, f'{Level.LOW:x}', Level.LOW == 1)
print(Word.HELLO.upper(), Word.HELLO + '!', len(Word.HELLO), Word('hello'))
print(sorted(Color.__members__), type(Color.__members__).__name__)
print([name for name in dir(Color) if not name.startswith('_')])
print([name for name in dir(Color.RED) if not name.startswith('__')])
print(Color.RED == 1, Level.LOW == Level.LOW, Color.RED != Color.GREEN)
print(hash(Color.RED) == hash('RED'), isinstance(Color.RED, Color), type(Color.RED) is Color)
print(Color.RED in Color, 1 in Color, 'g' in Color, 99 in Color)


class Shape(Enum):
    SQUARE = 2
    ALIAS = 2

    def describe(self):
        return f'{self.name} has value {self.value}'

    @classmethod
    def default(cls):
        return cls.SQUARE

    @property
    def doubled(self):
        return self.value * 2


print(Shape.ALIAS, Shape.ALIAS is Shape.SQUARE, list(Shape), Shape.describe(Shape.SQUARE),
      Shape.default(), Shape.SQUARE.doubled)
print(list(reversed(Level)), len(Level), bool(Color), list(Shape.__members__.items()))


@enum.global_enum
class Mode(IntEnum):
    FAST = 1
    SLOW = 2


print(repr(Mode.FAST), str(Mode.FAST), format(Mode.SLOW))


@enum.global_enum
class Opt(Flag):
    A = 1
    B = 2


print(repr(Opt.A), repr(Opt.A | Opt.B), str(Opt.A), repr(Opt(0)))
print(enum.show_flag_values(13), enum.bin(5), enum.bin(-5), enum.bin(5, 8))
print(Color.RED.__reduce_ex__(2), Level.LOW.__reduce_ex__(2))
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Level.HIGH) is Level.HIGH)
print(repr(Color.RED._value_), Color.RED._name_, Color._member_names_, Level._member_type_)
print(Color.__doc__ is None, Level.__doc__)

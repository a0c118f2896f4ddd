# enum: Enum, IntEnum, Flag, auto, lookup, iteration, errors.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"])
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.__members__.keys())
print(Color.RED == 1, isinstance(Color.RED, Color), type(Color.RED).__name__)
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color["PINK"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
class Prio(enum.IntEnum):
    LOW = 1
    HIGH = 2
print(Prio.LOW < Prio.HIGH, Prio.HIGH + 1, Prio.LOW == 1, sorted([Prio.HIGH, Prio.LOW]), f"{Prio.HIGH}")
class Perm(enum.Flag):
    R = enum.auto()
    W = enum.auto()
    X = enum.auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, list(rw), Perm.R.value, Perm.X.value, bool(Perm(0)))
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
print(Auto.A.value, Auto.B.value)
class StrE(enum.StrEnum):
    X = enum.auto()
    Y = "why"
print(StrE.X, StrE.Y.upper(), StrE.X == "x")
@enum.unique
class Uniq(enum.Enum):
    A = 1
try:
    @enum.unique
    class NotUniq(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
class WithMethod(enum.Enum):
    ONE = 1
    def describe(self):
        return f"{self.name}={self.value}"
print(WithMethod.ONE.describe(), {Color.RED: "r"}[Color.CRIMSON])
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green matched")

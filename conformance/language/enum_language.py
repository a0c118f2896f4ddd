# enum classes: members, iteration, lookup errors, auto, match.
from enum import Enum, IntEnum, auto, Flag
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()
print(list(Color), Color(2), Color["BLUE"], Color.RED.name, Color.RED.value, Color.BLUE.value)
try:
    Color(9)
except ValueError as e:
    print(e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO > Num.ONE, repr(Num.ONE))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, Perm.R in (Perm.R | Perm.X))
def describe(c):
    match c:
        case Color.RED:
            return "red!"
        case Color.GREEN | Color.BLUE:
            return "cool"
print([describe(c) for c in Color])
try:
    Color.RED = 5
except AttributeError as e:
    print(e)

# enum: functional API, _missing_, custom __new__, aliases, Flag boundaries and pseudo-members.
import enum
Animal = enum.Enum("Animal", "CAT DOG BIRD")
print(list(Animal), Animal.DOG.value, Animal(3), Animal.__members__["CAT"])
Status = enum.Enum("Status", [("OK", 200), ("NOT_FOUND", 404)])
print(Status(404), Status.OK.value)
class Level(enum.Enum):
    LOW = 1
    HIGH = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(Level("low"), Level(2))
try:
    Level(7)
except ValueError as e:
    print(type(e).__name__, e)
class Planet(enum.Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius ** 2), 2)
print(Planet.EARTH.gravity, Planet.MERCURY.value, Planet((5.976e24, 6.37814e6)))
class Shape(enum.Enum):
    SQUARE = 2
    DIAMOND = 2
    CIRCLE = 3
print(list(Shape), Shape.DIAMOND, Shape(2), list(Shape.__members__))
class Color(enum.IntFlag):
    R = 4
    G = 2
    B = 1
print(Color.R | Color.G, Color(7), Color(0), Color(6) & Color.G, ~Color.R, int(Color.R | Color.B), Color.R in Color(5))
print(repr(Color(3)), str(Color(3)), format(Color(3)), Color(3).name)
class Perm(enum.Flag, boundary=enum.STRICT):
    X = 1
    W = 2
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__, e)
class Ordinal(enum.IntEnum):
    ONE = 1
    TWO = 2
print(Ordinal.TWO * 3, Ordinal(1) + Ordinal(2), type(Ordinal.ONE + 1).__name__, sorted([Ordinal.TWO, 1]))
try:
    class Extended(Level):
        EXTRA = 3
except TypeError as e:
    print(type(e).__name__, e)
print(Level.LOW.__class__.__name__, isinstance(Level.LOW, Level), Level.__len__ is not None, len(Level), Level.HIGH > Level.LOW if False else "no ordering")
try:
    Level.LOW < Level.HIGH
except TypeError as e:
    print(type(e).__name__, e)

# The class mechanics enum relies on: metaclass __prepare__, __set_name__, __init_subclass__, members.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = enum.auto()
print(list(Color), Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], len(Color), Color.BLUE.value)
print(type(Color).__name__, isinstance(Color.RED, Color), Color.RED in Color, Color.RED is Color(1))
try:
    Color(9)
except ValueError as e:
    print("ValueError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    class Dup(enum.Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError", e)
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, int(Perm.R | Perm.X), Perm(7), Perm.R in Perm(6))
class Shape(enum.Enum):
    SQUARE = 4
    def sides(self):
        return self.value
    @classmethod
    def default(cls):
        return cls.SQUARE
print(Shape.SQUARE.sides(), Shape.default(), Shape.SQUARE.name)
try:
    class Extended(Color):
        PURPLE = 4
except TypeError as e:
    print("TypeError", e)
print(Color.__members__.keys(), hash(Color.RED) == hash(Color.RED), sorted(Color, key=lambda c: c.value)[0])

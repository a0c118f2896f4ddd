# match: evaluation order, subject evaluated once, guards with side effects, dotted values, builtins.
class Const:
    ZERO = 0
    NAMES = ("a", "b")

def subject():
    print("subject evaluated")
    return [1, 2]
match subject():
    case [1, x] if print("guard 1") or x > 5:
        print("no")
    case [1, x] if print("guard 2") or x == 2:
        print("second case", x)

def kind(v):
    match v:
        case Const.ZERO:
            return "zero const"
        case bool():
            return "bool"
        case int() | float() as num if num < 0:
            return "negative"
        case str() | bytes():
            return "text"
        case [int(), *_] | (int(),):
            return "int sequence"
        case {"k": str() as s, **kw} if not kw:
            return f"exact mapping {s}"
        case dict():
            return "other dict"
        case set() | frozenset():
            return "set"
        case tuple((a, b)):
            return f"tuple pair {a} {b}"
        case _:
            return "other"

for v in [0, False, True, -3, -2.5, 5, "s", b"b", [1, "x"], (7,), {"k": "v"}, {"k": "v", "j": 1}, {1}, frozenset(), (1, 2), ((1, 2),), None]:
    print(repr(v), "->", kind(v))

def points(p):
    match p:
        case (0, 0):
            return "origin"
        case (x, 0) | (0, x):
            return f"axis {x}"
        case (x, y) if x == y:
            return "diagonal"
        case (x, y):
            return f"point {x},{y}"
print([points(p) for p in [(0, 0), (3, 0), (0, 4), (2, 2), (1, 5)]])
class Str(str): pass
match Str("abc"):
    case str(s):
        print("str subclass matches str():", type(s).__name__, s)
import collections
match collections.OrderedDict(a=1):
    case {"a": 1}:
        print("OrderedDict matches mapping pattern")
match collections.deque([1, 2]):
    case [1, 2]:
        print("deque matches sequence pattern")
match bytearray(b"ab"):
    case [97, 98]:
        print("bytearray sequence?")
    case _:
        print("bytearray is not a sequence for match")
for cmd in ["go north", "look", "take lamp key", "quit now"]:
    match cmd.split():
        case ["go", direction]:
            print("moving", direction)
        case ["look"]:
            print("looking")
        case ["take", *items]:
            print("taking", items)
        case [verb, *_]:
            print("unknown verb", verb)

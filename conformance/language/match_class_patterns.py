# match: class patterns, __match_args__, keyword attributes, builtins' self-matching.
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

class Plain:
    def __init__(self, a, b):
        self.a, self.b = a, b

class WithArgs:
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case Plain(a=1, b=b):
            return f"plain with b={b}"
        case WithArgs(a, b):
            return f"withargs {a} {b}"
        case int(i) | float(i):
            return f"number {i}"
        case str(s):
            return f"string {s}"
        case [Point(x=px), *_]:
            return f"list starting with point x={px}"
    return "unknown"

for v in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Plain(1, 9), Plain(2, 9), WithArgs(7, 8), 3, 2.5, "s", [Point(4, 4)], None]:
    print(where(v))

print(Point.__match_args__)
try:
    match Plain(1, 2):
        case Plain(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match WithArgs(1, 2):
        case WithArgs(1, 2, 3):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case len():
            pass
except TypeError as e:
    print(type(e).__name__, e)
match True:
    case int(v):
        print("bool matches int:", v)

# match with every pattern kind: literal, capture, wildcard, value, group, sequence, mapping, class, or, as.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def describe(subject):
    match subject:
        case None: return "none"
        case True: return "true"
        case 0 | 0.0: return "zero"
        case -1: return "minus one"
        case 1 + 2j: return "complex"
        case "hello" | b"hello": return "greeting"
        case Color.RED: return "red"
        case (1, 2) | [1, 2, 3]: return "one-two(-three)"
        case [x, *rest] if not rest: return f"single {x}"
        case [first, *_, last]: return f"first {first} last {last}"
        case {"type": "circle", "r": r}: return f"circle {r}"
        case {"type": t, **others}: return f"typed {t} {sorted(others)}"
        case Point(0, 0): return "origin"
        case Point(x=0, y=yy): return f"on y axis {yy}"
        case Point(xx, yy) as p if xx == yy: return f"diagonal {xx} {p is subject}"
        case str() as s: return f"string {s!r}"
        case int(n) | float(n): return f"number {n}"
        case (_): return "something else"
for s in [None, True, 0, 0.0, -1, 1 + 2j, "hello", b"hello", Color.RED, Color.GREEN, (1, 2), [1, 2, 3],
          [9], (4, 5, 6), {"type": "circle", "r": 2}, {"type": "sq", "a": 1, "b": 2}, Point(0, 0), Point(0, 5),
          Point(3, 3), Point(1, 2), "other", 17, 2.5, {1, 2}, False]:
    print(repr(s) if not isinstance(s, Point) else f"Point({s.x},{s.y})", "->", describe(s))

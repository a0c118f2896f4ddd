# match: literal, capture, wildcard, value, or-patterns, guards.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2

def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case Color.RED:
            return "red"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2+3j:
            return "complex"
        case b"raw":
            return "bytes"
        case int(n) if n > 100:
            return f"big {n}"
        case str() as s if len(s) > 3:
            return f"long string {s}"
        case other:
            return f"other {other!r}"

for v in [0, 2, "hello", True, False, None, Color.RED, Color.GREEN, -1, 1.5, 2+3j, b"raw", 500, 50, "abcd", "ab", 1.0]:
    print(repr(v), "->", describe(v))

def wildcard(x):
    match x:
        case _:
            return "always"
print(wildcard(object))
value = 5
match 5:
    case value:
        print("capture rebinds:", value)
match 7:
    case 1:
        print("no")
print("no case matched leaves nothing")
def guard_sees_binding(p):
    match p:
        case x if x > 10:
            return "big"
        case x:
            return f"x bound to {x}"
print(guard_sees_binding(3), guard_sees_binding(30))

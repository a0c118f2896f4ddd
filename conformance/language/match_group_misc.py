# match: group patterns, literal semantics (True vs 1, -0.0), string concatenation, complex, None identity.
def check(v):
    match v:
        case (1 | 2) as small:
            return f"small {small!r}"
        case True:
            return "exactly True"
        case "con" "cat":
            return "concatenated literal"
        case -1.5:
            return "negative float"
        case 0:
            return f"zero-ish {v!r}"
        case 3 + 4j:
            return "complex"
        case ((a, b)):
            return f"pair {a} {b}"
        case None:
            return "None"
        case _:
            return "other"
for v in [1, 2.0, True, False, "concat", -1.5, 0, 0.0, -0.0, 3 + 4j, (1, 2), [3, 4], None, "x"]:
    print(repr(v), "->", check(v))
match 1:
    case True:
        print("1 matched True?")
    case _:
        print("1 does not match the True literal (identity)")
match 1.0:
    case 1:
        print("1.0 matches literal 1 (equality)")
class Eq:
    def __eq__(self, o):
        print("Eq.__eq__ called with", o)
        return True
match Eq():
    case 5:
        print("value pattern uses ==")
import math
match math.nan:
    case math.nan:
        print("nan matched?")
    case _:
        print("nan does not equal itself")

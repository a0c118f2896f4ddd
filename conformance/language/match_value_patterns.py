# Value patterns with dotted names, literal edge cases (-0, complex, strings concatenation).
import math
class Consts:
    ZERO = 0
    NAME = "n"
    class Nested:
        DEEP = "deep"
for v in [0, "n", "deep", math.pi, -0.0, 3 + 4j, -3 - 4j, "ab", 1e10, float("nan")]:
    match v:
        case Consts.ZERO: r = "zero"
        case Consts.NAME: r = "name"
        case Consts.Nested.DEEP: r = "deep"
        case math.pi: r = "pi"
        case 3 + 4j: r = "complex"
        case -3 - 4j: r = "neg complex"
        case "a" "b": r = "concatenated"
        case 1e10: r = "float literal"
        case _: r = "nothing"
    print(repr(v), r)
match -0.0:
    case 0:
        print("-0.0 equals 0")
match True:
    case 1:
        print("True == 1 matches literal 1")
match 1:
    case True:
        print("should not match: True uses identity")
    case _:
        print("1 is not True")

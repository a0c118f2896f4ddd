# Sequence patterns: lengths, star positions, nested, strings/bytes excluded, iterators excluded.
def m(v):
    match v:
        case []: return "empty"
        case [x]: return f"one {x}"
        case [x, y]: return f"two {x} {y}"
        case [x, *mid, y] if mid: return f"ends {x} {y} mid {mid}"
        case _: return "no"
for v in [[], (), [1], (1, 2), [1, 2, 3, 4], "ab", b"ab", range(3), iter([1]), {1: 2}, [[1, 2]]]:
    print(type(v).__name__, m(v))
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
match (1, 2, 3):
    case (*first, 3):
        print(first, type(first).__name__)
match [0, 1, 2]:
    case [0, *_]:
        print("starts with 0")
from collections import deque
match deque([1, 2]):
    case [1, 2]:
        print("deque")
match memoryview(b"ab"):
    case [97, 98]:
        print("memoryview is a sequence")
    case _:
        print("memoryview no")

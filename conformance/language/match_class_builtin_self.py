# Class patterns with builtin types matching the subject itself, keyword patterns, __match_args__ inheritance.
for v in [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), True, None, bytearray(b"x")]:
    match v:
        case bool(x): r = f"bool {x}"
        case int(x): r = f"int {x}"
        case float(x): r = f"float {x}"
        case str(x): r = f"str {x}"
        case bytes(x) | bytearray(x): r = f"bytes-like {x!r}"
        case list(x) | tuple(x): r = f"seq {x}"
        case dict(x): r = f"dict {x}"
        case set(x) | frozenset(x): r = f"set {x}"
        case _: r = "other"
    print(r)
class P:
    __match_args__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
class Q(P):
    pass
match Q(1, 2):
    case P(1, b=2):
        print("inherited match_args")
match Q(1, 2):
    case Q(a=1, b=x, c=_) if False:
        pass
    case Q(x, y):
        print("positional", x, y)
match 5:
    case int(real=r, imag=i):
        print("attributes of int", r, i)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(e)

# Every binary operator dispatches forward, then reflected, and names itself in the TypeError.
import operator
ops = [("+", "add"), ("-", "sub"), ("*", "mul"), ("/", "truediv"), ("//", "floordiv"), ("%", "mod"),
       ("**", "pow"), ("<<", "lshift"), (">>", "rshift"), ("&", "and"), ("|", "or"), ("^", "xor"), ("@", "matmul")]
class R:
    pass
for sym, name in ops:
    setattr(R, f"__r{name}__", lambda self, o, n=name: f"r{n}({o})")
class F:
    pass
for sym, name in ops:
    setattr(F, f"__{name}__", lambda self, o, n=name: f"{n}({o!r})")
for sym, name in ops:
    print(sym, eval(f"1 {sym} R()"), eval(f"F() {sym} 2"))
class X:
    pass
for sym, name in ops:
    try:
        eval(f"X() {sym} 1")
    except TypeError as e:
        print(e)
for sym, name in ops:
    try:
        x = X()
        exec(f"x {sym}= 1")
    except TypeError as e:
        print(e)

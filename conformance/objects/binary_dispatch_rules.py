# Binary operators on classes: reflected methods, NotImplemented, the subclass-first rule.
log = []
class Base:
    def __init__(self, name): self.name = name
    def __add__(self, other):
        log.append(f"{self.name}.__add__")
        return NotImplemented
    def __radd__(self, other):
        log.append(f"{self.name}.__radd__")
        return NotImplemented
class Overrides(Base):
    def __radd__(self, other):
        log.append(f"{self.name}.__radd__ (override)")
        return "sub wins"
class Inherits(Base):
    pass
def run(a, b):
    log.clear()
    try:
        r = a + b
    except TypeError as e:
        r = f"TypeError: {e}"
    print(r, "|", ", ".join(log))
run(Base("b1"), Base("b2"))
run(Base("b"), Overrides("o"))
run(Overrides("o"), Base("b"))
run(Base("b"), Inherits("i"))
run(1, Base("b"))
run(Base("b"), 1)
run("s", Overrides("o"))

class Num:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Num({self.v})"
    def __sub__(self, o): return Num(self.v - (o.v if isinstance(o, Num) else o))
    def __rsub__(self, o): return Num(o - self.v)
    def __mul__(self, o): return Num(self.v * o) if isinstance(o, int) else NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, o): return Num(self.v / o)
    def __floordiv__(self, o): return Num(self.v // o)
    def __mod__(self, o): return Num(self.v % o)
    def __divmod__(self, o): return (self // o, self % o)
    def __rdivmod__(self, o): return ("r", o)
    def __lshift__(self, o): return Num(self.v << o)
    def __rshift__(self, o): return Num(self.v >> o)
    def __and__(self, o): return Num(self.v & o)
    def __or__(self, o): return Num(self.v | o)
    def __xor__(self, o): return Num(self.v ^ o)
    def __rxor__(self, o): return ("rxor", o)
    def __matmul__(self, o): return "matmul"
    def __rmatmul__(self, o): return "rmatmul"
    def __neg__(self): return Num(-self.v)
    def __pos__(self): return self
    def __abs__(self): return Num(abs(self.v))
    def __invert__(self): return Num(~self.v)
n = Num(7)
print(n - 2, 10 - n, n - Num(1), n * 3, 3 * n, n / 2, n // 2, n % 4, divmod(n, 2), divmod(5, n))
print(n << 1, n >> 1, n & 3, n | 8, n ^ 1, 1 ^ n, n @ n, 1 @ n, -n, +n, abs(Num(-3)), ~n)
for expr in ("n * 'x'", "'x' * n", "n + 1", "[] @ n", "n ** 2", "-Num"):
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "TypeError:", e)

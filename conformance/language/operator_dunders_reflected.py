# Binary operators, reflected operands and NotImplemented; TypeError texts.
class V:
    def __init__(self, n): self.n = n
    def __add__(self, o):
        return V(self.n + o.n) if isinstance(o, V) else NotImplemented
    def __radd__(self, o):
        return f"radd({o})"
    def __mul__(self, o):
        return NotImplemented
    def __repr__(self): return f"V({self.n})"
class Sub(V):
    def __radd__(self, o):
        return "Sub.radd first"
print(V(1) + V(2), 5 + V(1), V(1) + Sub(2))
for expr in ["V(1) * 2", "2 * V(1)", "V(1) - 1", "'a' + 1", "[] + ()", "1 @ 2", "{} | []", "-'x'", "~1.5", "None < 1"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(type(e).__name__, e)
class Cmp:
    def __eq__(self, o): return NotImplemented
print(Cmp() == Cmp(), Cmp() != Cmp(), Cmp() == 1)
class InPlace:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "fallback add"
x = InPlace()
x += 1
print(x)
print(divmod(7, -2), 7 // -2, 7 % -2, -7 / 2, 2 ** -1, (-8) ** (1 / 3) == (-8) ** (1 / 3))
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 // 0
except ZeroDivisionError as e:
    print(e)

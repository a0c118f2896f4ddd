# ** and pow() with classes: __pow__, __rpow__, three-argument pow, __ipow__.
class P:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"P({self.v})"
    def __pow__(self, o, mod=None):
        return f"pow({self.v}, {o}, {mod})"
    def __rpow__(self, o, mod=None):
        return f"rpow({o}, {self.v}, {mod})"
p = P(2)
print(p ** 3, 3 ** p, pow(p, 3), pow(3, p), pow(p, 3, 5))
try:
    print(pow(3, p, 5))
except TypeError as e:
    print("TypeError:", e)
class I:
    def __init__(self, v): self.v = v
    def __ipow__(self, o):
        self.v **= o
        return self
x = I(3)
x **= 2
print(x.v)
y = P(5)
y **= 2
print(y)
class N:
    pass
for f in (lambda: N() ** 2, lambda: 2 ** N(), lambda: pow(N(), 2, 3)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
class NI:
    def __pow__(self, o): return NotImplemented
    def __rpow__(self, o): return NotImplemented
try:
    NI() ** NI()
except TypeError as e:
    print("TypeError:", e)
z = N()
try:
    z **= 2
except TypeError as e:
    print("TypeError:", e)

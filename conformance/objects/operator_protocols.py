# Binary operator protocols: forward, reflected, NotImplemented, subclass priority.
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x})"
    def __add__(self, o):
        print("V.__add__", o)
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print("V.__radd__", o)
        if isinstance(o, int):
            return V(o + self.x)
        return NotImplemented
    def __mul__(self, k):
        return V(self.x * k) if isinstance(k, int) else NotImplemented
    __rmul__ = __mul__
    def __sub__(self, o): return V(self.x - o.x)
    def __truediv__(self, o): return V(self.x / o)
    def __floordiv__(self, o): return V(self.x // o)
    def __mod__(self, o): return V(self.x % o)
    def __pow__(self, o, mod=None): return V(pow(self.x, o, mod))
    def __rpow__(self, o): return V(o ** self.x)
    def __matmul__(self, o): return self.x * o.x
    def __lshift__(self, o): return V(self.x << o)
    def __and__(self, o): return V(self.x & o)
    def __or__(self, o): return V(self.x | o)
    def __xor__(self, o): return V(self.x ^ o)
    def __divmod__(self, o): return (self.x // o, self.x % o)
    def __neg__(self): return V(-self.x)
    def __pos__(self): return V(+self.x)
    def __abs__(self): return V(abs(self.x))
    def __invert__(self): return V(~self.x)

print(V(1) + V(2))
print(V(1) + 5)
print(5 + V(1))
print(V(3) * 2, 2 * V(3), V(5) - V(2), V(7) / 2, V(7) // 2, V(7) % 4)
print(V(2) ** 3, pow(V(2), 3, 5), 2 ** V(3), V(2) @ V(3), V(1) << 3)
print(V(6) & 3, V(6) | 1, V(6) ^ 2, divmod(V(7), 2))
print(-V(1), +V(1), abs(V(-4)), ~V(0))
try:
    V(1) + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" + V(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    V(1) < V(2)
except TypeError as e:
    print(type(e).__name__, e)
class W(V):
    def __radd__(self, o):
        print("W.__radd__ preferred (subclass)")
        return W(o.x * 100 + self.x)
print(V(1) + W(2))
try:
    -object()
except TypeError as e:
    print(type(e).__name__, e)
try:
    V(1) @ 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    pow(V(1), 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)

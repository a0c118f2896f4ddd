# Unary operators and bitwise/shift/matmul/divmod binary operators on classes, with error texts.
class V:
    def __init__(self, v):
        self.v = v
    def __neg__(self): return V(-self.v)
    def __pos__(self): return V(+self.v * 10)
    def __abs__(self): return V(abs(self.v))
    def __invert__(self): return V(~self.v)
    def __and__(self, o): return V(self.v & o)
    def __rand__(self, o): return ("rand", o)
    def __or__(self, o): return V(self.v | o)
    def __xor__(self, o): return V(self.v ^ o)
    def __lshift__(self, o): return V(self.v << o)
    def __rrshift__(self, o): return ("rrshift", o)
    def __matmul__(self, o): return ("matmul", o)
    def __rmatmul__(self, o): return ("rmatmul", o)
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __repr__(self): return f"V({self.v})"
v = V(6)
print(-v, +v, abs(V(-3)), ~v, v & 3, 3 & v, v | 1, v ^ 2, v << 2, 1 >> v, v @ 2, 2 @ v, divmod(v, 4), divmod(4, v))
m = V(1)
m @= 5
print(m)
class E:
    pass
for f in (lambda: -E(), lambda: +E(), lambda: abs(E()), lambda: ~E(), lambda: E() @ 1, lambda: 1 @ E(),
          lambda: E() << 1, lambda: divmod(E(), 1), lambda: E() & E(), lambda: ~1.5, lambda: -"s"):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
x = E()
try:
    x @= 2
except TypeError as e:
    print("TypeError", e)
try:
    x >>= 2
except TypeError as e:
    print("TypeError", e)

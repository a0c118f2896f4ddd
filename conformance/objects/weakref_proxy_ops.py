# weakref.proxy forwards attribute access, operators, calls and comparison to a live referent.
import weakref
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __len__(self):
        return self.x
    def __getitem__(self, i):
        return i * 2
    def __call__(self, y):
        return self.x * y
    def __eq__(self, o):
        return isinstance(o, V) and o.x == self.x
    def __repr__(self):
        return f"V({self.x})"
    def __iter__(self):
        return iter(range(self.x))
v = V(3)
p = weakref.proxy(v)
print(p.x, len(p), p[4], p(5), (p + 1).x, list(p))
p.x = 4
print(v.x, p == V(4), p != V(4))
del p.x
print(hasattr(v, "x"))
v.x = 2
print(type(p) is weakref.ProxyType, isinstance(p, V))
print(weakref.getweakrefcount(v))
def f(n):
    return n + 1
pf = weakref.proxy(f)
print(pf(1), type(pf) is weakref.CallableProxyType)
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
print(bool(p), str(V(1)) == "V(1)")
try:
    weakref.proxy(1)
except TypeError as e:
    print("TypeError", e)

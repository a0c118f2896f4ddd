# copy: dispatch order, reduce recipes, memo handling, errors.
import copy
import copyreg
import types

print(copy.__all__, copy.error is copy.Error, issubclass(copy.Error, Exception))
for v in [None, 1, 2.5, True, 1j, "s", b"b", (1, 2), frozenset({1}), range(3), slice(1, 2), len, int, ..., NotImplemented]:
    print(type(v).__name__, copy.copy(v) is v, copy.deepcopy(v) is v)
for v in [[1, [2]], {"a": [1]}, {1, 2}, bytearray(b"xy")]:
    c = copy.copy(v)
    print(type(v).__name__, c == v, c is v)

def f():
    pass
print(copy.copy(f) is f, copy.deepcopy(f) is f)

class Cp:
    def __init__(self):
        self.log = []
    def __copy__(self):
        print("__copy__ called")
        return "shallow!"
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return "deep!"
print(copy.copy(Cp()), copy.deepcopy(Cp()))

class ByName:
    def __reduce__(self):
        return "global_name"
b = ByName()
print(copy.copy(b) is b, copy.deepcopy(b) is b)

class Recipe:
    def __init__(self, *a):
        self.a = a
    def __reduce_ex__(self, proto):
        print("reduce_ex", proto)
        return (Recipe, (1, [2]), {"st": [3]}, iter([]), None)
r = Recipe()
c = copy.copy(r)
d = copy.deepcopy(r)
print(c.a, c.st, d.a, d.st)

class L(list):
    pass
x = L([[1], [2]])
x.attr = {"k": [0]}
y = copy.deepcopy(x)
print(type(y).__name__, y, y.attr, y[0] is x[0], y.attr is x.attr)
z = copy.copy(x)
print(z[0] is x[0], z.attr is x.attr)

class D(dict):
    pass
dd = D(a=[1])
print(copy.deepcopy(dd), copy.deepcopy(dd)["a"] is dd["a"], copy.copy(dd)["a"] is dd["a"])

class WithState:
    def __init__(self):
        self.v = [1]
    def __getstate__(self):
        return {"v": self.v, "extra": 1}
    def __setstate__(self, state):
        print("setstate", state)
        self.__dict__.update(state)
w = copy.deepcopy(WithState())
print(w.v, w.extra)

class Slots:
    __slots__ = ("a", "__dict__")
s = Slots()
s.a = [1]
s.b = 2
s2 = copy.deepcopy(s)
print(s2.a, s2.b, s2.a is s.a)

class NoReduce:
    def __reduce_ex__(self, p):
        raise TypeError("nope")
try:
    copy.copy(NoReduce())
except TypeError as e:
    print("TypeError", e)

class Weird:
    __reduce_ex__ = None
    __reduce__ = None
for fn in (copy.copy, copy.deepcopy):
    try:
        fn(Weird())
    except copy.Error as e:
        print("Error", e)

class Reg:
    pass
copyreg.pickle(Reg, lambda o: (Reg, ()))
print(type(copy.copy(Reg())).__name__)
del copyreg.dispatch_table[Reg]

shared = [1]
t = (shared, shared)
tc = copy.deepcopy(t)
print(tc[0] is tc[1], tc[0] is shared)
cyc = []
tup = (cyc,)
cyc.append(tup)
tc = copy.deepcopy(tup)
print(tc[0][0] is tc)
dcyc = {}
dcyc["self"] = dcyc
dc = copy.deepcopy(dcyc)
print(dc["self"] is dc)
memo = {}
a = [1]
r1 = copy.deepcopy([a, a], memo)
print(r1[0] is r1[1], memo[id(a)] is r1[0], id(memo) in memo)
print(copy.deepcopy(a, {id(a): "pre"}))

class Meth:
    def __init__(self):
        self.items = [1]
    def m(self):
        return self.items
bm = Meth().m
bc = copy.deepcopy(bm)
print(type(bc) is types.MethodType, bc() == bm(), bc.__self__ is bm.__self__)

class Cls(type):
    pass
K = Cls("K", (), {})
print(copy.copy(K) is K, copy.deepcopy(K) is K)
print(copy.deepcopy(copy.deepcopy)(3) if callable(copy.deepcopy) else None)

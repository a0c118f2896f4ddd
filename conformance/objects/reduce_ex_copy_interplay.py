# object.__reduce_ex__ and copy: __getstate__, __reduce__ overrides, __copy__/__deepcopy__, slots.
import copy, copyreg
class Plain:
    def __init__(self):
        self.a = [1]
p = Plain()
r = p.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1] == (Plain,), r[2], r[3:])
print(p.__getstate__(), object().__getstate__() if False else "skip")
c = copy.copy(p)
d = copy.deepcopy(p)
print(c.a is p.a, d.a is p.a, d.a == p.a, type(d).__name__)
class Slotted:
    __slots__ = ("x", "y")
s = Slotted()
s.x = 1
print(s.__getstate__())
s2 = copy.copy(s)
print(s2.x, hasattr(s2, "y"))
class Custom:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        print("reduce")
        return (Custom, (self.v * 2,))
print(copy.copy(Custom(2)).v, copy.deepcopy(Custom(3)).v)
class State:
    def __init__(self):
        self.x = 1
    def __getstate__(self):
        return {"x": 100}
    def __setstate__(self, st):
        print("setstate", st)
        self.__dict__.update(st)
print(copy.copy(State()).x)
class Hooks:
    def __copy__(self):
        return "shallow hook"
    def __deepcopy__(self, memo):
        return "deep hook"
print(copy.copy(Hooks()), copy.deepcopy(Hooks()))
class Args:
    def __new__(cls, a, b):
        self = super().__new__(cls)
        self.ab = (a, b)
        return self
    def __getnewargs__(self):
        return self.ab
n = copy.copy(Args(1, 2))
print(n.ab, Args(3, 4).__reduce_ex__(2)[1][1:])
try:
    object().__reduce_ex__(2)
    print("object ok")
except TypeError as e:
    print("TypeError", e)
class Rex:
    def __reduce_ex__(self, proto):
        return (str, ("rex",))
print(copy.copy(Rex()))
print(copy.copy([1, [2]]), copy.deepcopy({"a": [1]}))

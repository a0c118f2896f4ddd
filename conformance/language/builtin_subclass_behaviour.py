# Subclassing builtins: overridden methods and which operations use them.
class MyDict(dict):
    def __missing__(self, key):
        return f"missing {key}"
d = MyDict(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d)
class UpperStr(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def extra(self): return "extra"
u = UpperStr("abc")
print(u, type(u).__name__, u + "d", type(u + "d").__name__, u.extra(), u.lower())
class CountList(list):
    def append(self, x):
        super().append(x * 2)
c = CountList([1])
c.append(2)
c += [3]
print(c, type(c[:1]).__name__)
class PositiveInt(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(PositiveInt(5) + 1, type(PositiveInt(5) + 1).__name__)
try:
    PositiveInt(-1)
except ValueError as e:
    print(e)
class T(tuple):
    @property
    def first(self): return self[0]
print(T((1, 2)).first, T([3]))

# In-place operators: __iadd__ etc., fallback to binary ops, returning NotImplemented.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
    def __add__(self, o):
        print("__add__")
        return Acc(self.v + o)
    def __repr__(self):
        return f"Acc({self.v})"

a = Acc(1)
orig = a
a += 2
print(a, a is orig)
b = a + 1
print(b)

class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("OnlyAdd.__add__ used for +=")
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 1
print(x.v, y.v, x is y)

class Declines:
    def __iadd__(self, o):
        print("__iadd__ declines")
        return NotImplemented
    def __add__(self, o):
        print("__add__ fallback")
        return "added"
d = Declines()
d += 1
print(d)

class ReturnsOther:
    def __imul__(self, o):
        return "replaced"
r = ReturnsOther()
r *= 3
print(r)
class Radd:
    def __radd__(self, o):
        return f"radd with {o}"
n = 5
n += Radd()
print(n)
for op in ["-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]:
    ns = {"v": object()}
    try:
        exec(f"v {op} 1", ns)
    except TypeError as e:
        print(type(e).__name__, e)
lst = [1]
lst_alias = lst
lst += (2, 3)
print(lst, lst is lst_alias)
try:
    lst = lst + (4,)
except TypeError as e:
    print(type(e).__name__, e)

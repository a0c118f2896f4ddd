# += on immutable values rebinds; on a tuple item it mutates then raises.
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "a"
s2 = s
s += "b"
print(s, s2)
lt = ([1],)
try:
    lt[0] += [2]
except TypeError as e:
    print("TypeError", e)
print(lt)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
a = Acc()
b = a
a += 1
a += 2
print(a is b, b.items)
class NoIadd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoIadd(self.v + o)
n = NoIadd(1)
m = n
n += 5
print(n.v, m.v, n is m)
class ReturnsNone:
    def __iadd__(self, o):
        pass
r = ReturnsNone()
r += 1
print(r)
class IaddNotImpl:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fell back to add"
x = IaddNotImpl()
x += 1
print(x)
d = {"k": [1]}
d["k"] += [2]
print(d)
class Obj:
    pass
o = Obj()
o.v = 1
o.v += 1
print(o.v)

# Augmented assignment on names, attributes, subscripts, slices, with evaluation order.
log = []
class Obj:
    def __init__(self): self.v = 1
    def __getattribute__(self, name):
        log.append(("get", name))
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        log.append(("set", name, value))
        object.__setattr__(self, name, value)
o = Obj()
log.clear()
o.v += 10
print(log)
class Seq(list):
    def __getitem__(self, i):
        log.append(("getitem", i))
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        log.append(("setitem", i, v))
        super().__setitem__(i, v)
s = Seq([1, 2, 3])
log.clear()
def idx():
    log.append("index evaluated")
    return 1
s[idx()] *= 5
print(log, list(s))
l = [1, 2, 3, 4]
l[1:3] += [9]
print(l)
t = (1,)
t += (2,)
print(t)
x = [1]
y = x
x += [2]
print(y, x is y)
a = (1,)
b = a
a += (2,)
print(b, a is b)
class IAdd:
    def __init__(self): self.n = 0
    def __iadd__(self, other):
        self.n += other
        return self
    def __add__(self, other):
        return "add used"
i = IAdd()
j = i
i += 5
print(i is j, i.n)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(e, tup)
n = 7
n //= 2; n **= 3; n %= 10; n <<= 2; n |= 1; n ^= 3; n &= 0xF; n >>= 1; n -= 1
print(n)
st = "a"
st *= 3
print(st)

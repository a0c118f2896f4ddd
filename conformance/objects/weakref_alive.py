# weakref basics that do not depend on garbage collection timing.
import weakref
class Node:
    def __init__(self, name):
        self.name = name
n = Node("n1")
r = weakref.ref(n)
print(r() is n, r().name, type(r).__name__, weakref.getweakrefcount(n))
r2 = weakref.ref(n)
print(r2 is r or r2 == r, weakref.getweakrefcount(n) >= 1)
p = weakref.proxy(n)
print(p.name, type(p).__name__)
for v in [1, "s", (1,), [1], {}, None]:
    try:
        weakref.ref(v)
    except TypeError as e:
        print(type(e).__name__, e)
class Slotted:
    __slots__ = ("x",)
try:
    weakref.ref(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
class SlottedWeak:
    __slots__ = ("x", "__weakref__")
sw = SlottedWeak()
print(weakref.ref(sw)() is sw)
wd = weakref.WeakValueDictionary()
wd["a"] = n
print(wd["a"].name, "a" in wd, len(wd))
ws = weakref.WeakSet([n])
print(n in ws, len(ws))
wk = weakref.WeakKeyDictionary({n: 1})
print(wk[n])
def f(): pass
print(weakref.ref(f)() is f, weakref.ref(Node)() is Node)

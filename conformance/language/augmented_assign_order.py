# Augmented assignment evaluates the target's container and key once, then the value, then __iadd__/__setitem__.
log = []
class Box:
    def __init__(self):
        object.__setattr__(self, "data", {"k": 1})
    def __getattr__(self, name):
        log.append(f"getattr {name}")
        return self.data[name]
    def __setattr__(self, name, value):
        log.append(f"setattr {name}={value}")
        self.data[name] = value
class Store(dict):
    def __getitem__(self, k):
        log.append(f"getitem {k}")
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        log.append(f"setitem {k}={v}")
        super().__setitem__(k, v)
def f(tag, v):
    log.append(tag)
    return v
b = Box()
b.k += f("value", 10)
print(log); log.clear()
s = Store(x=1)
f("container", s)[f("key", "x")] += f("value", 5)
print(log); log.clear()
class Num:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        log.append("__iadd__")
        self.v += o
        return self
lst = [Num(1)]
lst[0] += 4
print(lst[0].v, log); log.clear()
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e, t)
x = 5
def g():
    global x
    x += f("in g", 1)
    return x
print(g(), log)

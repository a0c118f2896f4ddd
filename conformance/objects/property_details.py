# property: copying with getter/setter/deleter, docs, subclasses, missing functions.
class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self):
        "temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = 0
t = Temp()
t.celsius = 20
print(t.celsius, Temp.celsius.__doc__)
del t.celsius
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
p = Temp.__dict__["celsius"]
print(type(p).__name__, p.fget.__name__, p.fset.__name__, p.fdel.__name__)
print(p.__isabstractmethod__)

class RO:
    x = property(lambda self: 1)
    y = property()
    z = property(None, lambda self, v: None)
r = RO()
for action in ("set x", "del x", "get y", "get z", "del z"):
    try:
        if action == "set x": r.x = 2
        elif action == "del x": del r.x
        elif action == "get y": r.y
        elif action == "get z": r.z
        else: del r.z
    except AttributeError as e:
        print(action, "->", e)
q = property(lambda self: 1)
class Later: pass
Later.q = q
try:
    Later().q = 5
except AttributeError as e:
    print("unnamed ->", e)

class Doc(property):
    "subclass doc"
d = Doc(lambda self: 3, doc="explicit")
print(d.__doc__, type(d).__name__)
class Holder:
    v = Doc(lambda self: 3)
print(Holder().v, isinstance(Holder.__dict__["v"], property))
print(property(doc="only doc").__doc__, property().__doc__)
def getter(self):
    "getter doc"
    return 1
g = property(getter)
g2 = g.setter(lambda self, v: None)
print(g.__doc__, g2.__doc__, g2.fget is g.fget, g2 is g)
g3 = g.getter(lambda self: 2)
print(g3.__doc__)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)

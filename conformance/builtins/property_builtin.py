# property: getter/setter/deleter, doc taken from the getter, copies by .setter, errors when missing.
class P:
    def __init__(self):
        self._v = 0
    def get(self):
        "the value"
        return self._v
    def set(self, v):
        self._v = v
    def delete(self):
        self._v = None
    v = property(get, set, delete)
    ro = property(get)
    wo = property(None, set)
p = P()
p.v = 5
print(p.v, P.v.__doc__, P.ro.__doc__, P.v.fget is P.get, P.ro.fset)
del p.v
print(p.v)
for bad in [lambda: setattr(p, "ro", 1), lambda: delattr(p, "ro"), lambda: p.wo, lambda: property(1).__get__(p)]:
    try:
        print(bad())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
base = property(lambda self: 1)
with_set = base.setter(lambda self, v: None)
print(base is with_set, with_set.fset is not None, base.fset, type(base.getter(None)).__name__)
print(property().__doc__, property(doc="explicit").__doc__, property(lambda s: 1, doc="d").__doc__)
print(P.v.__get__(None, P) is P.v, hasattr(property, "__set_name__"))
class Q:
    @property
    def x(self):
        return 1
    @x.setter
    def x(self, v):
        print("set", v)
q = Q()
q.x = 3
print(Q.x.__isabstractmethod__)

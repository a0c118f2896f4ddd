# Instance and class dicts keep insertion order; deleting and re-adding moves a key to the end.
class C:
    z = 1
    a = 2
    def m(self):
        pass
print([k for k in C.__dict__ if not k.startswith("__")])
o = C()
o.b = 1
o.a = 2
o.c = 3
print(list(vars(o)))
del o.b
o.b = 4
print(vars(o))
o.__dict__.update(d=5)
print(list(o.__dict__), o.d)
o.__dict__["not an identifier"] = 6
print(getattr(o, "not an identifier"), sorted(k for k in dir(o) if " " in k))
o.__dict__[1] = "int key"
print(len(vars(o)), 1 in vars(o))
class Slots:
    __slots__ = ("b", "a")
print([k for k in Slots.__dict__ if k in ("a", "b")])

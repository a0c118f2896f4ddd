# getattr/setattr/hasattr/delattr builtins: defaults, name types, and the errors they raise.
class C:
    a = 1
c = C()
print(getattr(c, "a"), getattr(c, "b", "dflt"), hasattr(c, "a"), hasattr(c, "b"))
for f in (lambda: getattr(c, 1), lambda: getattr(c), lambda: setattr(c, 1, 2), lambda: delattr(c, None),
          lambda: hasattr(c, b"a"), lambda: getattr(c, "a", 1, 2)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError", e, e.name, e.obj is c)
class S(str):
    pass
setattr(c, S("sub"), 5)
print(c.sub, [type(k).__name__ for k in vars(c)])
class Raising:
    @property
    def p(self):
        raise KeyError("inside")
try:
    hasattr(Raising(), "p")
except KeyError as e:
    print("KeyError", e)
print(getattr(Raising(), "q", None))
setattr(c, "with space", 1)
print(getattr(c, "with space"))
delattr(c, "with space")
print(hasattr(c, "with space"))

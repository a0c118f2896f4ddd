# setattr() and delattr(): instances, classes, builtins, name type errors and missing attributes.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class C:
    pass
c = C()
setattr(c, "x", 1); print(c.x, getattr(c, "x"))
delattr(c, "x"); print(hasattr(c, "x"))
t(lambda: delattr(c, "x"))
t(lambda: delattr(c, "never"))
t(lambda: setattr(c, 1, 2))
t(lambda: delattr(c, None))
t(lambda: setattr(1, "x", 2))
t(lambda: setattr([], "append", 2))
t(lambda: delattr(1, "real"))
t(lambda: setattr(int, "x", 1))
t(lambda: setattr(c))
t(lambda: delattr(c))
t(lambda: setattr(object(), "a", 1))
setattr(C, "cls_attr", 5); print(c.cls_attr); delattr(C, "cls_attr")
t(lambda: delattr(C, "cls_attr"))
class S:
    __slots__ = ("a",)
s = S(); setattr(s, "a", 3); print(s.a)
t(lambda: setattr(s, "b", 1))
delattr(s, "a")
t(lambda: s.a)
class P:
    @property
    def ro(self):
        return 1
t(lambda: setattr(P(), "ro", 2))
t(lambda: delattr(P(), "ro"))
class N(str):
    pass
setattr(c, N("sub"), 9); print(c.sub)

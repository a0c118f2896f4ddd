# getattr() with default, hasattr() swallowing only AttributeError, name type errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class C:
    a = 1
    @property
    def boom(self):
        raise ValueError("prop")
    @property
    def attr_err(self):
        raise AttributeError("inside")
c = C()
print(getattr(c, "a"), getattr(c, "b", "dflt"), getattr(c, "attr_err", "d"), hasattr(c, "a"), hasattr(c, "b"), hasattr(c, "attr_err"))
t(lambda: getattr(c, "b"))
t(lambda: getattr(c, "boom"))
t(lambda: hasattr(c, "boom"))
t(lambda: getattr(c, "boom", 1))
t(lambda: getattr(c, 1))
t(lambda: getattr(c, 1, 2))
t(lambda: hasattr(c, None))
t(lambda: getattr(c))
t(lambda: getattr())
t(lambda: hasattr(c))
t(lambda: getattr(1, "nope"))
t(lambda: getattr(int, "nope"))
t(lambda: getattr(None, "x"))
import math
t(lambda: getattr(math, "nope"))
print(getattr(1, "real"), getattr("s", "upper")(), getattr(int, "__name__"), hasattr(len, "__call__"), getattr(C, "a"))
class G:
    def __getattr__(self, n):
        return n * 2
print(getattr(G(), "ab"), hasattr(G(), "anything"))

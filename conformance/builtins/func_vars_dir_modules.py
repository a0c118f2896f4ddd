# vars() and dir() of modules and classes, __dict__ views, and writes through vars().
import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
v = vars(math); print(type(v).__name__, v is math.__dict__, v["__name__"], "sqrt" in v)
class K:
    a = 1
    def m(self):
        pass
kv = vars(K); print(type(kv).__name__, sorted(k for k in kv if not k.startswith("__")), kv["a"])
t(lambda: kv.__setitem__("b", 2))
class O:
    pass
o = O(); vars(o)["dyn"] = 3; print(o.dyn, vars(o))
print(dir(K) == sorted(dir(K)), "m" in dir(K()), "a" in dir(K))

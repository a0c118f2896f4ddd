# __import__(): top-level and dotted names, fromlist, level, and ImportError/ModuleNotFoundError texts.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
m = __import__("math"); print(m.__name__, m.sqrt(16))
p = __import__("collections.abc"); print(p.__name__)
q = __import__("collections.abc", fromlist=["Sized"]); print(q.__name__)
c = __import__("collections", globals(), locals(), ["abc"], 0); print(c.__name__, hasattr(c, "abc"))
t(lambda: __import__("no_such_module_xyz"))
t(lambda: __import__("collections.no_such_sub"))
t(lambda: __import__(""))
t(lambda: __import__(5))
t(lambda: __import__("math", level=-1))
t(lambda: __import__("x", level=1))
t(lambda: __import__())
try:
    import no_such_module_abc
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e.msg if hasattr(e, "msg") else "", e)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, e.name, e)

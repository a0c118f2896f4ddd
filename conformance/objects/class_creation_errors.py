# type() and class statement errors, with CPython's messages.
def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class A: pass
class B: pass
attempt("no args", lambda: type())
attempt("two args", lambda: type("X", ()))
attempt("name int", lambda: type(1, (), {}))
attempt("bases list", lambda: type("X", [A], {}))
attempt("dict list", lambda: type("X", (), []))
attempt("base int instance", lambda: type("X", (1,), {}))
attempt("bool base", lambda: type("X", (bool,), {}))
attempt("duplicate", lambda: type("X", (A, A), {}))
attempt("layout", lambda: type("X", (int, str), {}))
attempt("layout list dict", lambda: type("X", (list, dict), {}))
attempt("mro", lambda: type("X", (object, A), {}))
attempt("qualname", lambda: type("X", (), {"__qualname__": 5}))
attempt("ok", lambda: type("X", (A, B), {"y": 1}).__mro__)
attempt("kwargs to object init_subclass", lambda: type("X", (), {}, flag=True))
try:
    class C(A, B, A):
        pass
except TypeError as e:
    print("class stmt:", e)
try:
    class D(bool):
        pass
except TypeError as e:
    print("class stmt:", e)
try:
    class E(int, str):
        pass
except TypeError as e:
    print("class stmt:", e)
class F(A, B): pass
try:
    class G(B, F):
        pass
except TypeError as e:
    print("class stmt:", e)
X = type("X", (A,), {"__doc__": "docs", "val": 3, "__module__": "mymod"})
print(X.__name__, X.__qualname__, X.__module__, X.__doc__, X.val, X.__bases__, repr(X))
Y = type("Y", (), {})
print(Y.__module__, Y.__doc__, Y.__base__, type(Y).__name__)

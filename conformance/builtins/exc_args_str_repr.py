# args, str and repr of exceptions with zero, one and several arguments, and of subclasses.
for args in [(), ("msg",), (1,), ("a", 2), (None,), ([1],), ("",)]:
    e = ValueError(*args)
    print(repr(e), repr(str(e)), e.args)
e = Exception("x"); e.args = ("y", "z"); print(e, repr(e))
e.args = [1]; print(e.args, type(e.args).__name__)
try:
    e.args = 5
except TypeError as err:
    print("TypeError", err)
class MyErr(Exception):
    pass
print(repr(MyErr("m")), str(MyErr()), repr(MyErr(1, 2)))
class WithInit(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
w = WithInit(1, 2); print(w.args, w.b, repr(w), str(w))
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuper(5); print(n.args, repr(n), str(n))
print(repr(BaseException()), repr(KeyboardInterrupt("k")), str(ArithmeticError("a", "b")))
try:
    ValueError(x=1)
except TypeError as err:
    print("TypeError", err)
class KwOk(Exception):
    def __init__(self, *a, **k):
        super().__init__(*a)
print(repr(KwOk(1, x=2)))

# exception objects: __dict__, attributes set freely, pickling support via __reduce__, __setstate__, equality.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
e = ValueError("v", 1)
e.extra = 5; print(e.extra, e.__dict__, e.__reduce__())
e.__setstate__({"more": 2}); print(e.more)
t(lambda: e.__setstate__(5))
print(ValueError("a") == ValueError("a"), e == e)
class C(Exception):
    def __init__(self, x):
        super().__init__(x, "fixed")
print(C(1).__reduce__())
import copy
c = copy.copy(e); print(repr(c), c.extra)
print(BaseException.__new__(ValueError, 1, 2).args, ValueError.__new__(ValueError).args)
t(lambda: BaseException.__new__(int))
print(Exception.__doc__, ValueError.__doc__, BaseException.__doc__)
print(type(ValueError.args).__name__, type(ValueError.__traceback__).__name__)

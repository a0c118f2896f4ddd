# raise with bad objects, raising classes (instantiated), re-raise without an active exception.
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
def r1():
    raise 5
def r2():
    raise int
def r3():
    raise
def r4():
    raise ValueError
def r5():
    class NotExc:
        pass
    raise NotExc()
def r6():
    class BadInit(Exception):
        def __init__(self):
            raise KeyError("from init")
    raise BadInit
for f in [r1, r2, r3, r4, r5, r6]:
    t(f)
try:
    raise ValueError("x")
except ValueError:
    try:
        raise
    except ValueError as again:
        print("reraised", again)
def in_finally():
    try:
        raise KeyError("k")
    finally:
        print("finally runs")
t(in_finally)

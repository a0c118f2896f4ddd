# divmod(): sign rules for ints and floats, big ints, __divmod__/__rdivmod__ and errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, 5), divmod(2**70, 3), divmod(-2**70, 7))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5), divmod(-0.0, 1), divmod(1, float("inf")), divmod(True, 2))
t(lambda: divmod(1, 0))
t(lambda: divmod(1.0, 0))
t(lambda: divmod(1, 0.0))
t(lambda: divmod("a", 1))
t(lambda: divmod(1, "a"))
t(lambda: divmod(1 + 1j, 1))
t(lambda: divmod(1))
class D:
    def __divmod__(self, o):
        return ("dm", o)
    def __rdivmod__(self, o):
        return ("rdm", o)
print(divmod(D(), 3), divmod(3, D()))
class N:
    def __divmod__(self, o):
        return NotImplemented
t(lambda: divmod(N(), 1))

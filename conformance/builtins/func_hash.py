# hash(): small ints, -1, floats equal to ints, strings stable within a run, __hash__ results.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(hash(0), hash(1), hash(-1), hash(-2), hash(True), hash(False), hash(1.0), hash(2.5) == hash(2.5), hash(None) == hash(None))
print(hash("abc") == hash("abc"), hash(b"abc") == hash("abc") or "ok", hash((1, 2)) == hash((1.0, 2)), hash(1 + 0j) == hash(1))
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash(set()))
t(lambda: hash(bytearray()))
t(lambda: hash())
class H:
    def __hash__(self):
        return -1
print(hash(H()))
class Big:
    def __hash__(self):
        return 2**64 + 5
print(hash(Big()) == hash(2**64 + 5))
class Sub(int):
    def __hash__(self):
        return Sub(9)
print(hash(Sub(1)))
class FloatHash:
    def __hash__(self):
        return 1.5
t(lambda: hash(FloatHash()))
class EqOnly:
    def __eq__(self, o):
        return True
t(lambda: hash(EqOnly()))
print(EqOnly.__hash__, type(object.__hash__).__name__)
class Inherit(EqOnly):
    __hash__ = object.__hash__
i = Inherit()
print(hash(i) == hash(i))

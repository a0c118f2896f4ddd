# abs(): ints, floats, complex, bool, __abs__ on classes and the TypeError for other objects.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(abs(-5), abs(5), abs(-2**100), abs(-0.0), abs(-1.5), abs(float("-inf")), abs(3 + 4j), abs(True), abs(False), abs(-0))
class A:
    def __abs__(self):
        return "absolute"
print(abs(A()))
t(lambda: abs("x"))
t(lambda: abs([]))
t(lambda: abs(None))
t(lambda: abs())
t(lambda: abs(1, 2))
t(lambda: abs(x=1))
print(type(abs(True)).__name__)
class I(int):
    pass
print(abs(I(-3)), type(abs(I(-3))).__name__)

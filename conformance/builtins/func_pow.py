# pow() with two and three arguments: modular inverse, negative exponents, keywords and errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 0.5), pow(0, 0), pow(2, 100), pow(4, 0.5))
print(pow(3, 4, 5), pow(3, -1, 7), pow(-3, 2, 5), pow(2, 10, -3), pow(5, 0, 1), pow(38, -1, 97), pow(2, 2**70, 10**9 + 7))
print(pow(base=2, exp=3), pow(2, exp=5, mod=7), pow(-1, 0.5))
t(lambda: pow(2, 3, 0))
t(lambda: pow(2, -1, 4))
t(lambda: pow(2.0, 3, 4))
t(lambda: pow(2, 3.0, 4))
t(lambda: pow(0, -1))
t(lambda: pow(0.0, -1))
t(lambda: pow("a", 2))
t(lambda: pow(2))
t(lambda: pow(2, 3, 4, 5))
class P:
    def __pow__(self, e, m=None):
        return ("pow", e, m)
    def __rpow__(self, b):
        return ("rpow", b)
print(pow(P(), 2), pow(P(), 2, 5), pow(2, P()), 2 ** P())
t(lambda: pow(2, P(), 5))

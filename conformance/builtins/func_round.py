# round(): half-even for ints and floats, ndigits (negative, None), __round__, and errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.675, 2), round(1234.5678, -2), round(5, -1), round(15, -1), round(25, -1))
print(round(3.14159, 3), round(1.0), type(round(1.5)).__name__, type(round(1.5, 0)).__name__, round(7, None), round(2**70 + 1, -1), round(-15, -1))
print(round(1e300, 2), round(0.1 + 0.2, 10), round(123, 2), round(True), round(1.5, ndigits=None))
t(lambda: round(float("inf")))
t(lambda: round(float("nan")))
t(lambda: round("1"))
t(lambda: round(1.5, 1.0))
t(lambda: round(1.5, "1"))
t(lambda: round())
t(lambda: round(1, 2, 3))
class R:
    def __round__(self, n=None):
        return ("round", n)
print(round(R()), round(R(), 3))
class NoRound:
    pass
t(lambda: round(NoRound()))

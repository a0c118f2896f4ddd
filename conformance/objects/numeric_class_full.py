# A complete user-defined numeric type interoperating with int/float and the numbers ABCs.
import math, numbers
class Frac(numbers.Rational):
    __slots__ = ("_n", "_d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError(f"Frac({n}, 0)")
        g = math.gcd(n, d) * (1 if d > 0 else -1)
        self._n, self._d = n // g, d // g
    numerator = property(lambda s: s._n)
    denominator = property(lambda s: s._d)
    def __repr__(self): return f"Frac({self._n}, {self._d})"
    def __str__(self): return f"{self._n}/{self._d}"
    @staticmethod
    def _coerce(o):
        if isinstance(o, Frac): return o
        if isinstance(o, int): return Frac(o)
        return None
    def _op(self, o, f):
        o2 = Frac._coerce(o)
        if o2 is not None:
            return f(self, o2)
        if isinstance(o, float):
            return f(float(self), o)
        return NotImplemented
    def __add__(s, o): return s._op(o, lambda a, b: Frac(a._n * b._d + b._n * a._d, a._d * b._d) if isinstance(a, Frac) else a + b)
    __radd__ = __add__
    def __sub__(s, o): return s._op(o, lambda a, b: Frac(a._n * b._d - b._n * a._d, a._d * b._d) if isinstance(a, Frac) else a - b)
    def __rsub__(s, o): return (-s) + o
    def __mul__(s, o): return s._op(o, lambda a, b: Frac(a._n * b._n, a._d * b._d) if isinstance(a, Frac) else a * b)
    __rmul__ = __mul__
    def __truediv__(s, o): return s._op(o, lambda a, b: Frac(a._n * b._d, a._d * b._n) if isinstance(a, Frac) else a / b)
    def __rtruediv__(s, o): return Frac(s._d, s._n) * o
    def __floordiv__(s, o): return math.floor(s / o)
    def __rfloordiv__(s, o): return math.floor(o / s)
    def __mod__(s, o): return s - (s // o) * o
    def __rmod__(s, o): return o - (o // s) * s
    def __pow__(s, k): return Frac(s._n ** k, s._d ** k) if k >= 0 else Frac(s._d ** -k, s._n ** -k)
    def __rpow__(s, b): return b ** float(s)
    def __neg__(s): return Frac(-s._n, s._d)
    def __pos__(s): return s
    def __abs__(s): return Frac(abs(s._n), s._d)
    def __trunc__(s): return int(s._n / s._d)
    def __floor__(s): return s._n // s._d
    def __ceil__(s): return -(-s._n // s._d)
    def __round__(s, nd=None): return round(float(s), nd) if nd is not None else round(float(s))
    def __eq__(s, o):
        o2 = Frac._coerce(o)
        return (s._n, s._d) == (o2._n, o2._d) if o2 is not None else float(s) == o
    def __lt__(s, o): return float(s) < float(o)
    def __le__(s, o): return float(s) <= float(o)
    def __hash__(s): return hash(s._n / s._d) if s._d != 1 else hash(s._n)
    def __float__(s): return s._n / s._d
    def __int__(s): return s.__trunc__()
half, third = Frac(1, 2), Frac(1, 3)
print(half + third, half - third, half * third, half / third, half ** 2, third ** -2, -half, abs(Frac(-3, 4)))
print(half + 1, 1 + half, half + 0.25, 2 - half, 3 * third, 1 / third, 7 // Frac(2), Frac(7, 2) % 1, 2 ** half)
print(half == Frac(2, 4), half == 0.5, Frac(4, 2) == 2, hash(Frac(4, 2)) == hash(2), half < third, sorted([half, third, Frac(0)]))
print(math.floor(Frac(-7, 2)), math.ceil(Frac(-7, 2)), math.trunc(Frac(-7, 2)), round(Frac(7, 2)), round(Frac(1, 3), 3), float(third), int(Frac(9, 2)))
print(isinstance(half, numbers.Number), isinstance(half, numbers.Real), isinstance(half, numbers.Integral), bool(Frac(0)), bool(half))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    half + "x"
except TypeError as e:
    print(type(e).__name__, e)
print(sum([half, third, Frac(1, 6)]), max(half, third), complex(half))

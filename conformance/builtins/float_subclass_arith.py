# float subclasses and float arithmetic corner cases: mixed int/float, rounding of big ints, fsum-free sums.
class Meters(float):
    def __str__(self): return f"{float(self)}m"
m = Meters(2.5)
print(m, repr(m), m * 2, type(m * 2).__name__, m + Meters(1), type(-m).__name__, Meters("1e3"), Meters(), float(m) == 2.5, hash(m) == hash(2.5), round(m), type(round(m, 1)).__name__)
print(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 2 ** 0.5, 10 ** -2, 1e16 + 1, 2 ** 53 + 1.0, (2 ** 53 + 1) * 1.0, 7 / 7, 1e308 * 1.0000001 if False else 1e308 * 1.0, 3 * 1.1, 0.1 ** 2)
print(float(2 ** 53 + 1), float(2 ** 54 + 3), float(-(2 ** 63) - 1), float(10 ** 22), float(10 ** 23), int(1e23), int(-1e-323), float("1e-324"), float("-0"))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([1.5, 2, True]), -0.0 + 0.0, -0.0 - 0.0, 0.0 * -1, abs(-0.0))

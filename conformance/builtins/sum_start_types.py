# sum(): start values of many types, the str/bytes refusals, float compensated summation, mixed numbers.
from fractions import Fraction
print(sum([1, 2, 3], 10), sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([], 5.5), sum(range(10 ** 3)))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1, 2.5, 3j]), sum([True, True, 1]))
print(sum([Fraction(1, 3)] * 3), sum([0.5, Fraction(1, 2)]), sum([1, 2], start=0.5), type(sum([True, False])).__name__)
print(sum([2 ** 64, 2 ** 64, -1]), sum([1.0, 2 ** 60]), sum([float("inf"), 1]), sum([1e308, 1e308]))
for bad in [lambda: sum(["a", "b"]), lambda: sum(["a"], ""), lambda: sum([b"a"], b""), lambda: sum([bytearray(b"a")], bytearray()),
            lambda: sum([1, "a"]), lambda: sum(1), lambda: sum(), lambda: sum([1], 2, 3)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Acc(self.v + (o.v if isinstance(o, Acc) else o))
    def __radd__(self, o):
        return Acc(o + self.v)
print(sum([Acc(1), Acc(2)]).v, sum([Acc(1)], Acc(10)).v, sum([1, 2], Acc(0)).v)

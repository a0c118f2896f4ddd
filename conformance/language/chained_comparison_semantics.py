# Chained comparisons evaluate each operand once and short-circuit.
def v(x, log):
    log.append(x)
    return x
log = []
print(v(1, log) < v(2, log) < v(3, log), log)
log = []
print(v(3, log) < v(2, log) < v(1, log), log)
log = []
print(v(1, log) == v(1, log) != v(2, log) is not None, log)
print(1 < 2 > 0, 1 < 2 < 2, "a" < "b" <= "b" in "abc")
print(1 in [1] in [[1]], 0 not in [] is not None)
x = 5
print(0 <= x < 10, 0 < x > 10, not 0 < x < 3)
class Loud:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print("lt", self.n, o.n)
        return self.n < o.n
    def __bool__(self):
        print("bool", self.n)
        return True
a, b, c = Loud(1), Loud(2), Loud(3)
print(a < b < c)
class Weird:
    def __lt__(self, o): return "truthy-string"
print(Weird() < Weird(), Weird() < Weird() < Weird())
try:
    1 < "a" < 2
except TypeError as e:
    print(e)
print((1 < 2) < 3, 1 < (2 < 3))

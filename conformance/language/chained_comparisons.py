# Chained comparisons evaluate each operand once and short-circuit.
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
one = 1
print(1 == 1.0 == True, one is not None is not False)
x = 5
print(0 <= x < 10, 0 <= x < 5)
print(1 < 2 > 0, 2 != 3 != 2)
print('a' < 'b' < 'c', [1] < [1, 0] < [2])
print(1 in [1, 2] in [[1, 2]], 3 not in [1] not in [[2]])
a = b = [1]
print(a is b is a, a == [1] != [2])
class Cmp:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print(f"{self.n} < {o.n}")
        return self.n < o.n
print(Cmp(1) < Cmp(2) < Cmp(3))
print(Cmp(2) < Cmp(1) < Cmp(3))
try:
    1 < "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None >= 0
except TypeError as e:
    print(type(e).__name__, e)
print(float('nan') == float('nan'), float('nan') != float('nan'))
print(one == one is True, one == one is one)

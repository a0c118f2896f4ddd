# `in`, list.index, count and remove compare by identity first, then __eq__.
class Noisy:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        print("eq", self.n, getattr(o, "n", o))
        return isinstance(o, Noisy) and o.n == self.n
    __hash__ = object.__hash__
a, b = Noisy(1), Noisy(2)
l = [a, b]
print(a in l)
print(Noisy(2) in l)
print(l.index(b), l.count(Noisy(1)))
nan = float("nan")
print(nan in [nan], nan == nan, [nan] == [nan], (nan,) == (nan,), {nan: 1}[nan])
class NeverEq:
    def __eq__(self, o):
        return False
n = NeverEq()
print(n in [n], n == n, [n] == [n], [n].count(n), {n: 1}.get(n) if False else "")
l2 = [Noisy(3)]
l2.remove(l2[0])
print(l2)
print(3 in {3: "x"}, 3 in {3.0}, 1 in [True], "a" in ("a",))
class Raises:
    def __eq__(self, o):
        raise RuntimeError("eq failed")
try:
    Raises() in [1]
except RuntimeError as e:
    print("RuntimeError", e)
r = Raises()
print(r in [r])

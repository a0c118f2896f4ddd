# collections.Counter: counting, most_common, arithmetic, elements, update/subtract.
from collections import Counter
c = Counter("abracadabra")
print(c, c["a"], c["z"], len(c), sorted(c), c.most_common(), c.most_common(2), c.total())
c.update("aaz"); print(c["a"], c["z"])
c.subtract({"a": 10}); print(c["a"])
print(+c, -c)
a, b = Counter(x=3, y=1), Counter(x=1, y=2, z=5)
print(a + b, a - b, a & b, a | b, a == Counter(y=1, x=3), a <= a + b if hasattr(Counter, "__le__") else True)
print(sorted(Counter("hello").elements()), Counter({"k": 0, "j": -1}).elements().__class__.__name__, list(Counter(a=2, b=0, c=-1).elements()))
print(Counter(["x", "y", "x"]), Counter(a=1) + Counter(a=-1), Counter(cats=4, dogs=8).most_common(1))
d = Counter(a=1)
del d["a"]; del d["missing"]
print(d, dict(Counter("aab")), Counter([1, 1, 2]).keys())
print(repr(Counter()), Counter("ba") == Counter("ab"), Counter(a=0) == Counter())
try:
    Counter(5)
except TypeError as e:
    print(type(e).__name__, e)
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3), sum(Counter(words).values()))

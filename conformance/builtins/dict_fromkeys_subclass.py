# dict.fromkeys: classmethod on subclasses, __setitem__ overrides, iterables of many kinds, shared values.
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, (v, "via setitem"))
class E(dict):
    def __init__(self, *a):
        super().__init__(*a)
        self["init"] = True
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), dict.fromkeys([], 1), dict.fromkeys({"x": 1, "y": 2}))
print(D.fromkeys("ab", 1), type(D.fromkeys("a")).__name__, E.fromkeys("ab"), dict.fromkeys({3, 3}), dict.fromkeys(iter("zz")))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
from collections import OrderedDict, defaultdict, Counter
print(OrderedDict.fromkeys("ba"), type(defaultdict.fromkeys("a")).__name__, defaultdict.fromkeys("a", 2))
for bad in [lambda: dict.fromkeys(1), lambda: dict.fromkeys([[]]), lambda: dict.fromkeys(), lambda: dict.fromkeys("a", 1, 2),
            lambda: Counter.fromkeys("a")]:
    try:
        print(bad())
    except (TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)

# dict keys of many kinds: None, tuples, frozensets, types, functions, bytes vs str, big ints and floats.
def f():
    pass
d = {None: 0, (1, 2): 1, frozenset({1}): 2, int: 3, f: 4, b"k": 5, "k": 6, 2**80: 7, 0.5: 8, -0.0: 9, (): 10}
print(d[None], d[(1, 2)], d[frozenset([1])], d[int], d[f], d[b"k"], d["k"], d[2**80], d[0.5], d[0], d[0.0], d[()])
print(len(d), list(d.values()), 2**80 + 0.0 in d, float(2**80) in d)
print({1: "a", 1.0: "b", True: "c"}, {0: "a", False: "b", 0.0: "c", -0.0: "d"})
print({"a": 1, b"a": 2}, {(1, (2, 3)): "nested"}, {(1, 2): 0} == {(1.0, 2.0): 0})
from collections import namedtuple
P = namedtuple("P", "x y")
e = {P(1, 2): "p"}; print(e[(1, 2)], (1, 2) in e)

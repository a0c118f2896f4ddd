# Exceptions inside sort keys and comparisons propagate; the list stays a permutation; min/max ties keep the first.
data = [3, 1, "x", 2]
def key(v):
    if isinstance(v, str):
        raise ValueError(f"bad key {v!r}")
    return v
try:
    data.sort(key=key)
except ValueError as e:
    print(type(e).__name__, e, sorted(map(str, data)))
class Bomb:
    def __lt__(self, other):
        raise RuntimeError("comparison exploded")
items = [1, Bomb(), 2]
try:
    sorted(items)
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
print(max([("b", 1), ("a", 1)], key=lambda t: t[1]), min(["bb", "aa", "c"], key=len), max("abcab", key="abc".index))
print(sorted(["b", "A", "a", "B"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]))
calls = []
def logging_key(v):
    calls.append(v)
    return -v
sorted([3, 1, 2], key=logging_key)
print("key called once per item:", sorted(calls))
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f"G{self.v}"
print(sorted([OnlyGt(2), OnlyGt(1)]), max([OnlyGt(2), OnlyGt(5)]))
try:
    sorted([object(), object()])
except TypeError as e:
    print(type(e).__name__, e)

# list.sort: stability, key raising mid-sort (list left intact), comparisons raising, mutation during sort.
data = [(3, "c"), (1, "a"), (3, "a"), (2, "b"), (1, "b")]
print(sorted(data, key=lambda t: t[0]), sorted(data, key=lambda t: t[0], reverse=True))
calls = []
def key(x):
    calls.append(x)
    if x == 4:
        raise ValueError("bad key %d" % x)
    return -x
lst = [5, 3, 4, 1]
try:
    lst.sort(key=key)
except ValueError as e:
    print("ValueError", e, lst, calls)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 2 or other.v == 2:
            raise RuntimeError("no compare")
        return self.v < other.v
    def __repr__(self):
        return "C%d" % self.v
lst = [Cmp(3), Cmp(1), Cmp(2)]
try:
    lst.sort()
except RuntimeError as e:
    print("RuntimeError", e, len(lst))
lst = [3, 1, 2]
def mutate(x):
    lst.append(0)
    return x
try:
    lst.sort(key=mutate)
except ValueError as e:
    print("ValueError", e)
for bad in [lambda: [1, "a"].sort(), lambda: [1, 2].sort(lambda x: x), lambda: [1].sort(key=1), lambda: [None, None].sort()]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print(sorted([3, 1, 2], reverse=1), sorted("bca", key=None), sorted([[2], [1, 5], [1]]))

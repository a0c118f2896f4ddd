# sorted/min/max use < (and reflected >); total_ordering fills in the rest.
import functools
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __repr__(self):
        return f"L{self.v}"
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]))
print(min(OnlyLt(2), OnlyLt(1)), max(OnlyLt(2), OnlyLt(5)))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return f"G{self.v}"
print(sorted([OnlyGt(2), OnlyGt(1)]), max([OnlyGt(1), OnlyGt(3)]))
@functools.total_ordering
class T:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(T(1) <= T(2), T(2) >= T(2), T(3) > T(1), T(1) >= T(2))
class NoOrder:
    pass
try:
    sorted([NoOrder(), NoOrder()])
except TypeError as e:
    print("TypeError", e)
try:
    max(NoOrder(), NoOrder())
except TypeError as e:
    print("TypeError", e)
print(sorted([OnlyLt(1)]), sorted([], key=len), sorted(["b", "A", "a"], key=str.lower))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
print(sorted([(1, OnlyLt(2)), (0, OnlyLt(1))]))

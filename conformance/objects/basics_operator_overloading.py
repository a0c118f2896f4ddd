# Basics: a small vector class with __add__, __mul__, __eq__, __len__, __getitem__, __repr__ and __bool__.
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return "Vec(" + ", ".join(str(x) for x in self.xs) + ")"
    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])
    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __bool__(self):
        return any(self.xs)
v = Vec(1, 2, 3)
w = Vec(10, 20, 30)
print(v + w, v * 2, v == Vec(1, 2, 3), v == w, v != w)
print(len(v), v[0], v[-1], list(v), bool(v), bool(Vec(0, 0)))
print(sum(v), max(v), 2 in v, [x for x in w])

data = [1, 2, 3]
squares = [i * i for i in data]
pairs = {k: v for k, v in zip(data, data) if k}
gen = (i for i in data for j in range(i))
cells = [lambda: i for i in data]
def f(n):
    total = [x + n for x in range(n)]
    s = {y for y in total}
    g = (z * n for z in s)
    if any((w := x) > 1 for x in total):
        return w
    return [[a * b for b in range(a)] for a in range(n)]
class K:
    vals = [1, 2]
    doubled = [v * 2 for v in range(3)]
    def m(self):
        return [super().m() for _ in self.vals]

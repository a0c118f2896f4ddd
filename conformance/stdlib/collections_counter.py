from collections import Counter

c = Counter('gallahad')
print(c, c['a'], c['z'], len(c), c.total())
print(Counter({'red': 4, 'blue': 2}), Counter(cats=4, dogs=8), Counter())
print(sorted(Counter(a=4, b=2, c=0, d=-2).elements()))
print(Counter('abracadabra').most_common(3), Counter('abracadabra').most_common())
print(Counter('aabbc').most_common(0), Counter('aabbc').most_common(-1))
c = Counter(a=4, b=2, c=0, d=-2)
d = Counter(a=1, b=2, c=3, d=4)
c.subtract(d); print(c)
c.subtract(['a', 'z']); print(c)
c.update({'a': 10}); c.update('bb'); c.update(q=1); print(c)
x, y = Counter(a=3, b=1), Counter(a=1, b=2)
print(x + y, x - y, x & y, x | y, +Counter(a=-1, b=2), -Counter(a=-1, b=2))
print(x == Counter(a=3, b=1, c=0), x <= x + y, x < x, x >= y, Counter(a=1) != Counter(a=2))
x += y; print(x)
x -= Counter(a=10); print(x)
x |= Counter(b=9); print(x)
x &= Counter(b=4, c=1); print(x)
del x['nothing']; print(x)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Counter('ab') + 1 if False else 'skip', Counter('abc').copy(), dict(Counter('aab')))
print(isinstance(Counter(), dict), repr(Counter({'x': 1, 'y': 3})))
try:
    Counter('a') + 1
except TypeError as e:
    print("TypeError:", e)


class Sub(Counter):
    pass


print(Sub('aa'), Sub('aa') + Sub('b'))

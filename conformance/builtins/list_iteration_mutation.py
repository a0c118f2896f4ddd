# iterating a list while it changes: appends are seen, the iterator is exhausted for good.
a = [1, 2, 3]
out = []
for x in a:
    out.append(x)
    if x < 3:
        a.append(x + 10)
print(out, a)
b = [1, 2, 3, 4]
for x in b:
    b.remove(x)
print(b)
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
c = [1]
it = iter(c)
print(list(it)); c.append(2); print(list(it))
it = iter([5, 6, 7])
print(it.__length_hint__()); next(it); print(it.__length_hint__())
print(type(it).__name__, iter(it) is it)
d = list(range(5))
print([x for x in d if d.pop() is not None])
e = [0] * 3
for i, v in enumerate(e):
    e[i] = i * 2
print(e)
import operator
print(operator.length_hint(iter([1, 2, 3])), operator.length_hint([1]), operator.length_hint(iter(()), 7))

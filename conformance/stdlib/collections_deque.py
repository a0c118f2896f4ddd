from collections import deque

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft('xy')
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.reverse(); print(d)
print(d.count('a'), d.index(2), 'x' in d, 7 in d)
d.remove('x'); print(d)
d.insert(1, 'I'); print(d)
del d[0]; print(d)
d[0] = 'first'; print(d)
d.clear(); print(d, bool(d))
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10); print(b)
b.appendleft(-1); print(b)
b.extend([20, 21]); print(b)
try:
    b.insert(0, 5)
except IndexError as e:
    print("IndexError:", e)
z = deque(maxlen=0)
z.append(1); print(z)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([0]))
e = deque([1]); e += [2, 3]; print(e)
e *= 2; print(e)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
print(list(reversed(deque('abc'))), deque('abc').copy())
for bad in ["deque().pop()", "deque().popleft()", "deque([1]).remove(2)", "deque([1]).index(9)",
            "deque([1])[3]", "deque([1])['a']", "deque([1])[0:1]", "deque([1], maxlen=-2)",
            "deque([1]) + [1]", "deque([1], maxlen='x')"]:
    try:
        eval(bad)
    except Exception as ex:
        print(bad, '->', type(ex).__name__, ex)
q = deque([1, 2, 3])
try:
    for x in q:
        q.append(x)
except RuntimeError as ex:
    print("RuntimeError:", ex)
r = deque([1])
r.append(r)
print(r)
print(type(iter(deque())).__name__, deque.__module__, deque[int])
print(deque('abcdef').index('c', 1, 4), deque('abcdef').index('f', -2))

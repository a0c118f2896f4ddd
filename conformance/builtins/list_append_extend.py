# list.append and list.extend with every kind of iterable, and their errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = []
a.append(1); a.append([2]); a.append(None); print(a)
a.extend(range(3)); a.extend("xy"); a.extend({7: 0}); a.extend((8,)); print(a)
a.extend(x * 2 for x in [1, 2]); print(a)
a.extend(iter([9])); print(a, len(a))
b = [1, 2]; b.extend(b); print(b)
b += b; print(b)
t(lambda: [].append())
t(lambda: [].append(1, 2))
t(lambda: [].extend())
t(lambda: [].extend(1))
t(lambda: [].extend(None))
t(lambda: [].append(x=1))
def gen():
    yield 1
    raise ValueError("in gen")
c = [0]
t(lambda: c.extend(gen()))
print(c)
t(lambda: list.append(5, 1))
t(lambda: list.append([], 1))
print(list.append.__name__, list.extend.__qualname__)

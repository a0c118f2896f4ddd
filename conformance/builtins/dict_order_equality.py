# dict insertion order across deletes and re-inserts, equality ignoring order, comparisons.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = {}
for k in "hello world":
    d[k] = d.get(k, 0) + 1
print(d, list(d))
del d["l"]; d["l"] = 0; print(list(d))
d["h"] = 99; print(list(d)[0], d["h"])
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {} == {}, {1: [1]} == {1: [1]})
t(lambda: {1: 2} < {1: 3})
t(lambda: {} <= {})
print({1: 2} == [(1, 2)], {1: 2}.__eq__(1), {1: 2}.__lt__({}))
e = dict.fromkeys(range(100))
for i in range(0, 100, 2):
    del e[i]
for i in range(0, 10):
    e[i] = i
print(list(e)[:10], list(e)[-12:], len(e))
n = float("nan")
print({1: n} == {1: n}, {1: float("nan")} == {1: float("nan")})

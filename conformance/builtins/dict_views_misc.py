# dict views: repr, len, reversed, live updates, mapping attribute, hashing and iteration order.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = {"b": 1, "a": 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
d["c"] = 3; print(list(k), list(v), list(i))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)), list(reversed(d)))
print(type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(i)).__name__, type(reversed(d)).__name__)
print(k.mapping, type(k.mapping).__name__, k.mapping["a"], i.mapping is v.mapping)
t(lambda: hash(k))
t(lambda: k[0])
t(lambda: k.mapping.__setitem__("x", 1))
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
print({}.keys(), {}.values(), {}.items(), {1: {2: 3}}.items())
r = reversed(d); del d["a"]
t(lambda: list(r))
it = iter(i); print(next(it), it.__length_hint__())
print(sorted(d.keys()), min(d.values()), dict(d.items()))

# dict.pop with and without default, popitem LIFO order, KeyError texts.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = dict(a=1, b=2, c=3)
print(d.pop("a"), d.pop("z", None), d.pop("z", "dflt"), d)
t(lambda: d.pop("z"))
t(lambda: d.pop(("t", 1)))
t(lambda: d.pop())
t(lambda: d.pop([]))
t(lambda: d.pop([], 1))
d.update(x=9, y=8)
print(d.popitem(), d.popitem(), d)
d["b"] = 20; print(d.popitem(), d)
print(d.popitem(), d)
t(lambda: d.popitem())
t(lambda: {}.popitem(1))
e = {1: 1}
try:
    e.pop(2)
except KeyError as k:
    print(repr(k), k.args, str(k))
try:
    {}[""]
except KeyError as k:
    print(repr(k), str(k))
try:
    {}[None]
except KeyError as k:
    print(repr(k), str(k))

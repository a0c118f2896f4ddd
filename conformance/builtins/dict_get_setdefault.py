# dict.get and dict.setdefault with defaults, unhashable keys and argument errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = {"a": 1, 2: "b"}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get(2.0), d.get(True), d.get(key := 2))
print(d.setdefault("a", 99), d.setdefault("n"), d.setdefault("m", []), d)
d.setdefault("m").append(1); print(d)
t(lambda: d.get())
t(lambda: d.get(1, 2, 3))
t(lambda: d.get([]))
t(lambda: d.setdefault())
t(lambda: d.setdefault({}, 1))
t(lambda: d.get(key="a"))
t(lambda: d.setdefault("x", default=1))
print(d.get(()), {(): 5}.get(()), {frozenset(): 1}.get(frozenset()))

# dict() forms: keywords, mappings, pairs, generators; subclass __init__ and __missing__.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(dict(), dict(a=1), dict({"a": 1}, b=2), dict([("a", 1)], a=3), dict((k, k * 2) for k in range(3)), dict(zip("xy", "pq")))
print(dict({1: 2}.items()), dict(enumerate("ab")), dict([[1, 2], "xy", b"pq"]))
t(lambda: dict([("a", 1), "abc"]))
t(lambda: dict([1, 2]))
t(lambda: dict(1, 2))
t(lambda: dict([("a",)]))
class D(dict):
    def __missing__(self, k):
        return f"missing {k}"
x = D(a=1); print(x["a"], x["b"], x.get("b"), "b" in x, x)
class E(dict):
    def __missing__(self, k):
        raise LookupError(k)
t(lambda: E()["q"])
class F(dict):
    pass
F.__missing__ = lambda self, k: 0
print(F()["z"])
d = {"k": 1}
d.__init__({"j": 2}, m=3); print(d)
d.__init__(); print(d)
print({**{"a": 1}, "b": 2, **dict(c=3)}, {1: 2, **{1: 3}})
t(lambda: {**[1]})
t(lambda: dict(**{1: 2}))
print(dict(**{"a": 1}, b=2))

# enumerate: start values (negative, big, index objects), keywords, laziness and errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(list(enumerate("abc")), list(enumerate("ab", 5)), list(enumerate("ab", start=-1)), list(enumerate([], 3)))
print(list(enumerate("ab", 2**64)), list(enumerate("ab", True)))
e = enumerate(iter([1, 2, 3])); print(next(e), type(e).__name__, iter(e) is e, list(e), list(e))
t(lambda: enumerate())
t(lambda: enumerate(1))
t(lambda: enumerate("a", 1.5))
t(lambda: enumerate("a", "1"))
t(lambda: enumerate("a", 1, 2))
t(lambda: list(enumerate(iterable="ab")))
t(lambda: enumerate("ab", begin=1))
print(list(enumerate(iterable="xy", start=3)))
def gen():
    yield "x"
    raise ValueError("stop here")
t(lambda: list(enumerate(gen())))
class I:
    def __index__(self):
        return 7
print(list(enumerate("a", I())))
print(dict(enumerate("ab")), [i for i, _ in enumerate(range(3), 10)])
print(enumerate.__name__, enumerate[int])

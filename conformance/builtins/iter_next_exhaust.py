# next() with and without default, StopIteration from exhausted iterators, non-iterators.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, repr(e))
it = iter("ab")
print(next(it), next(it), next(it, None), next(it, "d"))
t(lambda: next(it))
t(lambda: next([1]))
t(lambda: next(1))
t(lambda: next())
t(lambda: next(it, 1, 2))
def g():
    yield 1
    return "ret"
gen = g(); next(gen)
try:
    next(gen)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
t(lambda: next(gen))
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("custom", 2)
try:
    next(It())
except StopIteration as e:
    print(e.value, e.args)
print(next(It(), "default"))
class Half:
    def __next__(self):
        return 1
print(next(Half()))
t(lambda: iter(Half()))
for x in [iter(()), iter([]), iter({}), iter(set()), iter(""), iter(range(0)), iter(b"")]:
    print(next(x, "-"), end=" ")
print()

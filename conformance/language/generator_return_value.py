# A generator's return value: StopIteration.value, next(), yield from, send.
def g():
    yield 1
    return "done"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value, e.args)
it = g()
print(next(it))
try:
    it.__next__()
except StopIteration as e:
    print("dunder next", e.value)
def outer():
    r = yield from g()
    print("inner returned", r)
    return r * 2
print(list(outer()))
o = outer()
next(o)
try:
    o.send(None)
except StopIteration as e:
    print("outer value", e.value)
print(next(g(), "default"), next(iter([]), "empty"))
def none_return():
    yield 1
    return None
n = none_return(); next(n)
try:
    next(n)
except StopIteration as e:
    print(e.value, e.args)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(self.n * 100)
        return self.n
def deleg():
    r = yield from It()
    yield r
print(list(deleg()))
def tuple_ret():
    return (1, 2)
    yield
try:
    next(tuple_ret())
except StopIteration as e:
    print(e.value, e.args)

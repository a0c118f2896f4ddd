# PEP 479: StopIteration inside a generator becomes RuntimeError; generator reuse errors.
def leaky():
    yield 1
    raise StopIteration("oops")

g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)

def next_on_empty():
    it = iter([])
    yield next(it)
try:
    list(next_on_empty())
except RuntimeError as e:
    print(type(e).__name__, e)

def running():
    yield me.send(None)
me = running()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

def returns_value():
    return 42
    yield
r = returns_value()
try:
    next(r)
except StopIteration as e:
    print("value", e.value)

def gen_with_return_in_finally():
    try:
        yield 1
    finally:
        return 'from finally'
h = gen_with_return_in_finally()
next(h)
try:
    h.throw(KeyError('x'))
except StopIteration as e:
    print("swallowed by finally-return:", e.value)

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(It()), [x for x in It()], sum(It()))

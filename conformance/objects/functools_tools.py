# functools: cached_property, lru_cache, singledispatch, partialmethod, reduce, wraps.
import functools
class Data:
    def __init__(self, n):
        self.n = n
    @functools.cached_property
    def expensive(self):
        print("computing expensive")
        return self.n * 100
d = Data(3)
print(d.expensive, d.expensive, "expensive" in vars(d))
del d.expensive
print(d.expensive)
@functools.lru_cache(maxsize=2)
def square(x):
    print("miss", x)
    return x * x
print(square(2), square(2), square(3), square(4), square(2))
print(square.cache_info())
square.cache_clear()
print(square.cache_info())
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().currsize)
@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(5), describe(True), describe([1, 2]), describe("s"), describe(2.5))
print(sorted(k.__name__ for k in describe.registry))
class Cell:
    def __init__(self): self.state = None
    def set_state(self, s): self.state = s
    set_on = functools.partialmethod(set_state, "on")
c = Cell(); c.set_on(); print(c.state)
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3]), functools.reduce(max, [3, 9, 2], 0))
try:
    functools.reduce(max, [])
except TypeError as e:
    print(type(e).__name__, e)
p = functools.partial(int, base=2)
print(p("1010"), p.func, p.keywords, repr(functools.partial(max, 1)))
p2 = functools.partial(p, "111")
print(p2(), p2.args)
class Meth:
    @functools.singledispatchmethod
    def handle(self, arg):
        return "default"
    @handle.register
    def _(self, arg: str):
        return "str handler"
print(Meth().handle(1), Meth().handle("x"))
print(functools.cmp_to_key(lambda a, b: a - b)(1) < functools.cmp_to_key(lambda a, b: a - b)(2))

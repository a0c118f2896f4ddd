# __call__, callable(), and calling non-callables.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, **kw):
        return self.n + x + sum(rest) + sum(kw.values())
add5 = Adder(5)
print(add5(1), add5(1, 2, 3, k=4), callable(add5), callable(Adder), callable(5))
print(list(map(add5, [1, 2])))
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
five, text, nothing = 5, "str", None
try:
    five()
except TypeError as e:
    print(type(e).__name__, e)
try:
    text()
except TypeError as e:
    print(type(e).__name__, e)
try:
    nothing()
except TypeError as e:
    print(type(e).__name__, e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
obj = NotCallable()
obj.__call__ = lambda: "instance attribute ignored"
print(callable(obj))
try:
    obj()
except TypeError as e:
    print(type(e).__name__, e)
class Chain:
    def __call__(self):
        return self
print(Chain()()()().__class__.__name__)
class CallIsNone:
    __call__ = None
print(callable(CallIsNone()))
try:
    CallIsNone()()
except TypeError as e:
    print(type(e).__name__, e)
class Memo:
    def __init__(self, fn):
        self.fn, self.cache = fn, {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache), type(fib).__name__)

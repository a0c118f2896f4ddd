# inspect.signature of methods, classes, metaclasses, partial objects, wrapped functions, builtins.
import inspect
import functools

class A:
    def __init__(self, x, y=1): pass
    def meth(self, a, *, b=2): pass
    @classmethod
    def cm(cls, q): pass
    @staticmethod
    def sm(r, s=0): pass
    def __call__(self, n): pass

class B(A):
    def __new__(cls, *args, z=0, **kw): return super().__new__(cls)

class Meta(type):
    def __call__(cls, m, /): return super().__call__()

class C(metaclass=Meta):
    def __init__(self, ignored): pass

class D:
    pass

class E(Exception):
    pass

for obj in [A, A.meth, A(0).meth, A.cm, A(0).cm, A.sm, A(0), B, C, D, E, int, type]:
    try:
        print(inspect.signature(obj))
    except ValueError as e:
        print('ValueError', e)

def base(a, b, c=3, *, d, e=5): pass
for part in [functools.partial(base, 1), functools.partial(base, 1, 2), functools.partial(base, b=2),
             functools.partial(base, 1, d=4), functools.partial(functools.partial(base, 1), 2, e=6)]:
    print(inspect.signature(part))
try:
    inspect.signature(functools.partial(base, f=1, a=1, b=2, c=3, x=0)(1))
except Exception as e:
    print(type(e).__name__)

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper

@deco
def wrapped(p, q=1): pass
print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
wrapped.__signature__ = inspect.Signature([inspect.Parameter('only', inspect.Parameter.KEYWORD_ONLY)])
print(inspect.signature(wrapped))
wrapped.__signature__ = '(text, /, sig=None)'
print(inspect.signature(wrapped))
wrapped.__signature__ = lambda: inspect.Signature()
print(inspect.signature(wrapped))
wrapped.__signature__ = 5
try:
    inspect.signature(wrapped)
except TypeError as e:
    print('TypeError', e)

for obj in [len, divmod, str.split, 'x'.split, dict.fromkeys, abs, isinstance, print]:
    print(inspect.signature(obj))
for obj in [5, 'x', None]:
    try:
        inspect.signature(obj)
    except TypeError as e:
        print('TypeError', e)
print(inspect.unwrap(wrapped) is not wrapped, inspect.unwrap(len) is len)
def loop(): pass
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print('ValueError', str(e).split(' <')[0])
print(inspect.unwrap(wrapped, stop=lambda f: True) is wrapped)

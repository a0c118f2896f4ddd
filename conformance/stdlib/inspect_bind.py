# Signature.bind / bind_partial / BoundArguments: args, kwargs, apply_defaults and the TypeErrors.
import inspect

def f(a, b=2, /, c=3, *args, d, e=5, **kw): pass
sig = inspect.signature(f)
cases = [((1,), {'d': 4}), ((1, 2, 3, 4, 5), {'d': 0, 'z': 1}), ((1,), {'c': 9, 'd': 1, 'e': 2}),
         ((), {}), ((1,), {}), ((1,), {'a': 1, 'd': 1}), ((1, 2), {'c': 3, 'd': 4}),
         ((1, 2, 3), {'c': 1, 'd': 1})]
for args, kwargs in cases:
    try:
        ba = sig.bind(*args, **kwargs)
        print(ba, ba.args, ba.kwargs)
    except TypeError as e:
        print('TypeError', e)

def g(x, y, *, z): pass
gs = inspect.signature(g)
for args, kwargs in [((1, 2, 3), {}), ((1,), {'w': 1}), ((), {'y': 1}), ((1, 2), {})]:
    try:
        print(gs.bind(*args, **kwargs))
    except TypeError as e:
        print('TypeError', e)
    try:
        print(gs.bind_partial(*args, **kwargs))
    except TypeError as e:
        print('TypeError partial', e)

ba = sig.bind(10, d=40)
ba.apply_defaults()
print(ba.arguments, ba.args, ba.kwargs)
ba.arguments['c'] = 30
print(ba.args, ba.kwargs, ba.signature is sig)
print(ba == sig.bind(10, 2, 30, d=40, e=5, **{}), ba == 5)
def h(*args, **kwargs): pass
hb = inspect.signature(h).bind(1, 2, x=3)
print(hb.arguments, hb.args, hb.kwargs)
hb.apply_defaults()
print(hb)
eb = inspect.signature(lambda: 0).bind()
eb.apply_defaults()
print(eb, eb.args, eb.kwargs)
def p(a, /, **kw): pass
print(inspect.signature(p).bind(1, a=2).arguments)
try:
    inspect.signature(p).bind(a=2)
except TypeError as e:
    print('TypeError', e)

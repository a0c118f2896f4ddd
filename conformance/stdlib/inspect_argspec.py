# getfullargspec, getcallargs (with its TypeErrors), getclosurevars, get_annotations.
import inspect

def f(a, b=1, *args, c, d=2, **kw) -> int: pass
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(lambda x, /, y: 0))
class K:
    def m(self, p, q=3): pass
print(inspect.getfullargspec(K.m), inspect.getfullargspec(K().m))
print(inspect.getfullargspec(len))
try:
    inspect.getfullargspec(5)
except TypeError as e:
    print('TypeError', e)

print(inspect.getcallargs(f, 1, c=3))
print(inspect.getcallargs(f, 1, 2, 3, 4, c=5, z=6))
print(sorted(inspect.getcallargs(K().m, 1).items(), key=str)[:2], type(inspect.getcallargs(K().m, 1)['self']).__name__)
def g(x, y, z=0, *, w): pass
for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3, 4), {'w': 1}), ((1,), {'x': 1}), ((1, 2), {'q': 1}),
                     ((1, 2), {}), ((1, 2, 3, 4, 5), {})]:
    try:
        print(inspect.getcallargs(g, *args, **kwargs))
    except TypeError as e:
        print('TypeError', e)
def h(a): pass
for args in [(), (1, 2), (1, 2, 3)]:
    try:
        inspect.getcallargs(h, *args)
    except TypeError as e:
        print('TypeError', e)

top = 10
def make():
    free = 5
    def use():
        return free + top + len([]) + unknown_name
    return use
print(inspect.getclosurevars(make()))

class Ann:
    a: int
    b: "str" = 'x'
def fn(x: "int", y: list) -> "Ann": pass
print(inspect.get_annotations(Ann), inspect.get_annotations(fn))
print(inspect.get_annotations(fn, eval_str=True))
print(inspect.get_annotations(Ann, eval_str=True))
import types
m = types.ModuleType('m')
m.__annotations__ = {'v': 'int'}
print(inspect.get_annotations(m), inspect.get_annotations(m, eval_str=True))
try:
    inspect.get_annotations(5)
except TypeError as e:
    print('TypeError', e)
class BadAnn:
    __annotations__ = 'bad'
    def __call__(self): pass
try:
    inspect.get_annotations(BadAnn())
except ValueError as e:
    print('ValueError', str(e).split(' at ')[0][:30])

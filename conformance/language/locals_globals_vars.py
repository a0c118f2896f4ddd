# locals(), globals(), vars(), dir() behaviour.
gv = 1
def f(a, b=2):
    c = 3
    loc = locals()
    print(sorted(loc.items()))
    loc['c'] = 99
    print(c)
    return loc
f(1)
print(globals()['gv'], 'f' in globals(), globals()['__name__'])
globals()['made_up'] = 'via globals'
print(made_up)

class K:
    x = 1
    def m(self): pass
    print(sorted(locals()))
print(sorted(k for k in vars(K) if not k.startswith('__')))
obj = K()
obj.y = 2
print(vars(obj))
vars(obj)['z'] = 3
print(obj.z)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

def dir_local():
    q = 1
    r = 2
    return dir()
print(dir_local())
print(sorted(n for n in dir(obj) if not n.startswith('__')))
def closure():
    outer_v = 'o'
    def inner():
        print(sorted(locals().items()))
        return outer_v
    return inner
closure()()
print(locals() is globals())
import types
ns = types.SimpleNamespace(a=1)
print(vars(ns))

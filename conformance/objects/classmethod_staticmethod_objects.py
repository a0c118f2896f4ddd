# classmethod and staticmethod objects: attributes, wrapping, calling.
def f(x):
    "f's doc"
    return x
sm = staticmethod(f)
cm = classmethod(f)
print(sm.__func__ is f, sm.__wrapped__ is f, sm.__name__, sm.__doc__, sm.__qualname__)
print(cm.__func__ is f, cm.__wrapped__ is f, cm.__name__, cm.__doc__)
print(sm(5), callable(cm))
print(repr(staticmethod(len)).startswith("<staticmethod(<built-in function len>)"))
class K:
    s = sm
    c = cm
    @classmethod
    def make(cls, *a): return (cls.__name__, a)
    @staticmethod
    def plain(*a): return a
class L(K): pass
print(K.s(1), K().s(2), K.c(), L.c(), L().c())
print(K.make(1), L.make(2), L().make(3), K.plain(1, 2), K().plain(3))
bm = L.make
print(type(bm).__name__, bm.__self__ is L, bm.__func__ is K.__dict__["make"].__func__)
for bad in ((), (1, 2)):
    try:
        staticmethod(*bad)
    except TypeError as e:
        print(e)
    try:
        classmethod(*bad)
    except TypeError as e:
        print(e)
try:
    staticmethod(f, x=1)
except TypeError as e:
    print(e)
print(K.__dict__["plain"].__isabstractmethod__)
sm.extra = 1
print(sm.__dict__["extra"], sorted(sm.__dict__))
class P:
    @classmethod
    @property
    def cp(cls): return "class property of " + cls.__name__
print(P.cp)

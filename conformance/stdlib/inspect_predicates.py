# inspect's is* predicates over every kind of object.
import inspect, sys, types, abc

def func(): pass
def gen(): yield 1
async def coro(): pass
async def agen(): yield 1
class K:
    def m(self): pass
    @property
    def p(self): return 1
    __slots__ = ('s',)

class Abstract(abc.ABC):
    @abc.abstractmethod
    def need(self): pass

class Concrete(Abstract):
    def need(self): pass

c = coro()
g = gen()
ag = agen()
objects = {
    'module': sys, 'class': K, 'function': func, 'lambda': lambda: 0, 'method': K().m,
    'builtin': len, 'builtin method': [].append, 'method descriptor': str.join,
    'wrapper descriptor': object.__init__, 'method wrapper': object().__str__,
    'property': K.p,
    'generator': g, 'generator function': gen, 'coroutine': c, 'coroutine function': coro,
    'async generator': ag, 'async generator function': agen, 'code': func.__code__,
    'frame': sys._getframe(), 'int': 5, 'classmethod': classmethod(func), 'staticmethod': staticmethod(func),
}
predicates = ['ismodule', 'isclass', 'isfunction', 'ismethod', 'isbuiltin', 'isroutine', 'ismethoddescriptor',
              'isdatadescriptor', 'ismethodwrapper', 'isgenerator', 'isgeneratorfunction', 'iscoroutine',
              'iscoroutinefunction', 'isasyncgen', 'isasyncgenfunction', 'isawaitable', 'iscode', 'isframe',
              'istraceback', 'isabstract', 'ismemberdescriptor']
for name, obj in objects.items():
    hits = [p[2:] for p in predicates if getattr(inspect, p)(obj)]
    print(f'{name}: {" ".join(hits)}')
try:
    raise ValueError
except ValueError as e:
    print(inspect.istraceback(e.__traceback__), inspect.isframe(e.__traceback__.tb_frame))
print(inspect.isabstract(Abstract), inspect.isabstract(Concrete), inspect.isabstract(int))
c.close()
g.close()
def marked(): pass
inspect.markcoroutinefunction(marked)
print(inspect.iscoroutinefunction(marked), inspect.iscoroutinefunction(func))
import functools
print(inspect.isgeneratorfunction(functools.partial(gen)), inspect.iscoroutinefunction(functools.partial(coro)))
class Awaitable:
    def __await__(self): yield
print(inspect.isawaitable(Awaitable()), inspect.isawaitable(Awaitable))
print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.CO_ASYNC_GENERATOR, inspect.CO_VARARGS,
      inspect.CO_VARKEYWORDS, inspect.CO_NEWLOCALS, inspect.CO_OPTIMIZED, inspect.CO_NESTED,
      inspect.CO_ITERABLE_COROUTINE, inspect.CO_NOFREE, inspect.TPFLAGS_IS_ABSTRACT)
print(bool(gen.__code__.co_flags & inspect.CO_GENERATOR), bool(func.__code__.co_flags & inspect.CO_GENERATOR))

# getgeneratorstate/getcoroutinestate/getasyncgenstate and their locals.
import inspect

def gen():
    x = 1
    yield x
    y = 2
    yield y
g = gen()
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorlocals(g))
for _ in g:
    pass
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
try:
    inspect.getgeneratorlocals(5)
except TypeError as e:
    print('TypeError', e)

async def coro():
    z = 3
    await Sleep()
    return z
class Sleep:
    def __await__(self):
        yield 'tick'
c = coro()
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
print(c.send(None), inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
try:
    c.send(None)
except StopIteration as e:
    print('done', e.value, inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))

async def agen():
    w = 4
    yield w
a = agen()
print(inspect.getasyncgenstate(a), inspect.getasyncgenlocals(a))
step = a.asend(None)
try:
    step.send(None)
except StopIteration as e:
    print('yielded', e.value, inspect.getasyncgenstate(a), inspect.getasyncgenlocals(a))
try:
    inspect.getasyncgenlocals(g)
except TypeError as e:
    print('TypeError', str(e).split(' at ')[0])
print(inspect.GEN_CREATED, inspect.CORO_SUSPENDED, inspect.AGEN_CLOSED)

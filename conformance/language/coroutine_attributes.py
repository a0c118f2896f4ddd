# Coroutine objects: cr_* attributes, repr pattern, close, throw, send protocol.
import types
@types.coroutine
def yielder():
    v = yield "first"
    return v
async def coro(n):
    r = await yielder()
    return n, r
c = coro(1)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_code.co_name, c.cr_running, c.cr_await)
print(c.send(None), c.cr_await is not None, c.cr_frame.f_code.co_name)
try:
    c.send("resumed")
except StopIteration as e:
    print("result", e.value)
print(c.cr_frame, c.cr_await)
c = coro(2)
c.send(None)
try:
    c.throw(ValueError("thrown"))
except ValueError as e:
    print("propagated", e)
c = coro(3)
c.send(None)
print(c.close())
c0 = coro(0)
print(isinstance(c0, types.CoroutineType))
c0.close()
import collections.abc
cc = coro(0)
print(isinstance(cc, collections.abc.Coroutine), isinstance(cc, collections.abc.Awaitable))
cc.close()
w = coro(4).__await__()
print(type(w).__name__, next(w))

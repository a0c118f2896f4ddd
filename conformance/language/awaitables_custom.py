# Custom awaitables via __await__, types.coroutine, and await errors.
import types
class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        print("Ready.__await__")
        return self._gen()
    def _gen(self):
        yield "suspend"
        return self.value

async def use():
    a = await Ready(1)
    b = await Ready(2)
    return a + b

c = use()
print(c.send(None))
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)

async def await_int():
    await 5
try:
    await_int().send(None)
except TypeError as e:
    print(type(e).__name__, e)

class BadAwait:
    def __await__(self):
        return 5
async def await_bad():
    await BadAwait()
try:
    await_bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)

def plain_gen():
    yield 1
async def await_gen():
    await plain_gen()
try:
    await_gen().send(None)
except TypeError as e:
    print(type(e).__name__, e)

@types.coroutine
def legacy():
    yield "legacy suspend"
    return "legacy value"
async def await_legacy():
    return await legacy()
co = await_legacy()
print(co.send(None))
try:
    co.send(None)
except StopIteration as e:
    print(e.value)

async def selfish():
    return await me
me = selfish()
try:
    me.send(None)
except ValueError as e:
    print(type(e).__name__, e)
me.close()
u = use()
print(type(u).__name__, use.__code__.co_flags & 0x80 != 0)
u.close()
c2 = use(); c2.close()

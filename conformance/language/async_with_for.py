# async with and async for driven by send(None).
import types
@types.coroutine
def pause(v):
    got = yield v
    return got
class AsyncCM:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        print("enter", self.name)
        await pause("enter")
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return typ is KeyError
class Counter:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await pause("next")
        return self.i
async def main():
    async with AsyncCM("a") as a, AsyncCM("b") as b:
        print("body", a, b)
    async with AsyncCM("c"):
        raise KeyError("suppressed")
    out = []
    async for v in Counter(3):
        out.append(v)
    else:
        out.append("else")
    async def agen():
        for i in range(3):
            await pause("g")
            yield i * 10
    out.append([x async for x in agen()])
    return out
def drive(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps
print(drive(main()))
async def bad():
    async for x in [1, 2]:
        pass
try:
    drive(bad())
except TypeError as e:
    print(e)
async def bad2():
    async with object():
        pass
try:
    drive(bad2())
except TypeError as e:
    print(e)

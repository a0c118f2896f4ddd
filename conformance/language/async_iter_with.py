# async for / async with / async generators / async comprehensions, driven manually.
class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

class Resource:
    async def __aenter__(self):
        print("aenter")
        return "res"
    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None)
        return True

async def agen(n):
    for i in range(n):
        yield i * 10
    print("agen finished")

async def main():
    out = []
    async for v in Ticker(3):
        out.append(v)
    print("ticker", out)
    async with Resource() as r:
        print("using", r)
        raise KeyError("suppressed by aexit")
    print("after async with")
    print([x async for x in agen(3)])
    print({x: x async for x in agen(2) if x})
    async for v in agen(2):
        print("agen value", v)
    else:
        print("async for else")
    g = agen(5)
    print(type(g).__name__, await g.__anext__(), await g.asend(None))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed agen stops")
    return "main done"

def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(drive(main()))
try:
    async def bad():
        async for x in [1, 2]:
            pass
    drive(bad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    async def bad_with():
        async with Ticker(1):
            pass
    drive(bad_with())
except TypeError as e:
    print(type(e).__name__, e)

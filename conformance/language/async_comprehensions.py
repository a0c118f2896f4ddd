# Async comprehensions, await inside comprehensions, and async generator expressions (manual driver).
import types
@types.coroutine
def tick():
    yield
async def double(x):
    await tick()
    return x * 2
async def agen(n):
    for i in range(n):
        await tick()
        yield i
async def main():
    a = [await double(x) for x in range(3)]
    b = [x async for x in agen(4) if x % 2]
    c = {x: await double(x) async for x in agen(3)}
    d = {x async for x in agen(3)}
    ge = (x * 10 async for x in agen(3))
    e = [v async for v in ge]
    f = [[y async for y in agen(x)] for x in range(3)] if False else None
    nested = [x + y async for x in agen(2) for y in (10, 20)]
    print(a, b, c, d, e, nested, type(ge).__name__)
    return "main done"
def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return e.value, steps
print(run(main()))

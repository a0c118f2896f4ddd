# Async comprehensions: list/set/dict/generator forms with await inside, driven by send(None).
import types
@types.coroutine
def tick():
    yield
async def aiter_range(n):
    for i in range(n):
        await tick()
        yield i
async def double(x):
    await tick()
    return x * 2
async def main():
    a = [x async for x in aiter_range(3)]
    b = {x % 2 async for x in aiter_range(4)}
    c = {x: await double(x) async for x in aiter_range(2)}
    d = [await double(x) for x in range(3)]
    e = [x async for x in aiter_range(5) if x % 2 if x > 1]
    g = (x async for x in aiter_range(2))
    f = [v async for v in g]
    return a, sorted(b), c, d, e, f, type(g).__name__
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as ex:
        return ex.value
print(run(main()))
try:
    compile("def f():\n    [x async for x in y]", "<a>", "exec")
except SyntaxError as e:
    print(e.msg)

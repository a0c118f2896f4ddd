# Async generators: asend, athrow, aclose, ag_* attributes, driven by hand.
import types
@types.coroutine
def suspend():
    yield "suspended"
async def agen():
    try:
        x = yield 1
        print("got", x)
        await suspend()
        yield 2
    except ValueError as e:
        print("agen caught", e)
        yield "after throw"
    finally:
        print("agen finally")
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"
g = agen()
print(type(g).__name__, g.ag_running, g.__name__)
print(run(g.__anext__()))
print(run(g.asend("sent")))
print(run(g.athrow(ValueError("v"))))
print(run(g.aclose()))
print(run(g.__anext__()))
g2 = agen()
print(run(g2.aclose()))
async def empty():
    return
    yield
print(run(empty().__anext__()))
async def bad_yield_from():
    yield 1
async def consume():
    return [v async for v in agen() if v != 2]
print(run(consume()))

# Async generators: asend, athrow, aclose, ag_* attributes, driven without an event loop.
def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("awaitable suspended unexpectedly")

async def ticker(n):
    try:
        for i in range(n):
            received = yield i
            if received is not None:
                print("received", received)
    except ValueError as e:
        print("ticker caught", e)
        yield "recovered"
    finally:
        print("ticker finally")

ag = ticker(3)
print(type(ag).__name__, ag.__name__, ag.ag_running, ag.ag_frame is not None)
print(drive(ag.__anext__()))
print(drive(ag.asend("hello")))
print(drive(ag.athrow(ValueError("bad"))))
try:
    drive(ag.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration after finally")
ag2 = ticker(5)
drive(ag2.__anext__())
drive(ag2.aclose())
print("closed", ag2.ag_frame)
try:
    drive(ag2.__anext__())
except StopAsyncIteration:
    print("closed generator is exhausted")

async def consumer():
    total = []
    async for v in ticker(2):
        total.append(v)
    return total
print(drive(consumer()))
async def bad_return():
    yield 1
try:
    drive(ticker(1).asend("x"))
except TypeError as e:
    print(type(e).__name__, e)
async def genexp_user():
    return [x async for x in ticker(2)]
print(drive(genexp_user()))
print(type(ticker(1).__anext__()).__name__, hasattr(ag, "__aiter__"), ag.__aiter__() is ag)

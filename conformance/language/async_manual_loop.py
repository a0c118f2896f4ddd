# async def / await driven by a hand-written loop using coroutine.send(None).
import types

@types.coroutine
def suspend(tag):
    received = yield tag
    return received

async def worker(name, steps):
    total = 0
    for i in range(steps):
        got = await suspend(f"{name} step {i}")
        total += got
    return f"{name} total {total}"

def run(coros):
    pending = list(coros)
    results = {}
    counter = 0
    values = {id(c): None for c in pending}
    while pending:
        for c in list(pending):
            try:
                req = c.send(values[id(c)])
                print("yielded:", req)
                counter += 1
                values[id(c)] = counter
            except StopIteration as e:
                results[c.__name__ + str(len(results))] = e.value
                pending.remove(c)
    return results

print(run([worker("a", 2), worker("b", 3)]))

async def simple():
    return 42
c = simple()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

async def chained():
    a = await simple()
    b = await simple()
    return a + b
try:
    chained().send(None)
except StopIteration as e:
    print("chained", e.value)
async def raiser():
    raise ValueError("inside coroutine")
try:
    raiser().send(None)
except ValueError as e:
    print(type(e).__name__, e)
cc = simple()
cc.close()
print("closed", cc.cr_frame)

# async def/await driven by a hand-written event loop (send(None)).
import types
@types.coroutine
def sleep():
    yield "tick"
async def worker(name, n, log):
    total = 0
    for i in range(n):
        await sleep()
        total += i
        log.append(f"{name}{i}")
    return f"{name}={total}"
def run(coros):
    results = {}
    ready = list(enumerate(coros))
    while ready:
        idx, c = ready.pop(0)
        try:
            signal = c.send(None)
            ready.append((idx, c))
        except StopIteration as e:
            results[idx] = e.value
    return [results[i] for i in sorted(results)]
log = []
print(run([worker("a", 3, log), worker("b", 2, log)]))
print(log)
async def nested():
    async def inner(x):
        await sleep()
        return x * 2
    return await inner(await inner(3))
print(run([nested()]))
async def raises():
    await sleep()
    raise ValueError("in coroutine")
c = raises()
c.send(None)
try:
    c.send(None)
except ValueError as e:
    print("ValueError", e)
c = worker("x", 1, [])
print(type(c).__name__, c.cr_running, c.cr_frame is not None, c.__qualname__)
c.close()
print(c.cr_frame)
async def simple():
    return 5
try:
    simple().send(None)
except StopIteration as e:
    print("returned", e.value)

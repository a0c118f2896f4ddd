# A round-robin scheduler for coroutines with futures, written by hand (no asyncio).
import types
class Future:
    def __init__(self):
        self.done = False
        self.value = None
    def set(self, v):
        self.done, self.value = True, v
    def __await__(self):
        while not self.done:
            yield self
        return self.value
class Loop:
    def __init__(self):
        self.ready = []
        self.results = {}
    def spawn(self, coro, name):
        self.ready.append((coro, name))
    def run(self):
        ticks = 0
        while self.ready:
            coro, name = self.ready.pop(0)
            try:
                coro.send(None)
                self.ready.append((coro, name))
            except StopIteration as e:
                self.results[name] = e.value
            except Exception as e:
                self.results[name] = f"{type(e).__name__}: {e}"
            ticks += 1
        return ticks
fut = Future()
async def producer():
    for i in range(3):
        await types.coroutine(lambda: (yield))()
    fut.set("produced")
    return "producer done"
async def consumer():
    v = await fut
    return f"consumer got {v}"
async def failing():
    await fut
    raise ValueError("after future")
loop = Loop()
loop.spawn(consumer(), "c")
loop.spawn(producer(), "p")
loop.spawn(failing(), "f")
print(loop.run() > 0, sorted(loop.results.items()))

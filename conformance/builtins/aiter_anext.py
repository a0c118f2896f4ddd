# aiter() and anext() builtins, driven without an event loop.
class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def agen():
    yield "a"
    yield "b"
async def main():
    it = aiter(Counter(2))
    print(await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    g = aiter(agen())
    print(await anext(g), await anext(g), await anext(g, None))
    for bad in [lambda: aiter(5), lambda: anext(5), lambda: aiter([1])]:
        try:
            bad()
        except TypeError as e:
            print(type(e).__name__, e)
    return "done"
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
print(type(anext(agen())).__name__, type(anext(agen(), 1)).__name__)

# __await__, __aenter__/__aexit__, __aiter__/__anext__ driven by hand with send(None).
class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield "suspend"
        return self.v
class ACM:
    async def __aenter__(self):
        print("aenter")
        return await Awaitable("entered")
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False
class ARange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    r = await Awaitable(10)
    async with ACM() as v:
        print("in body", v)
    out = [x async for x in ARange(3)]
    async for x in ARange(2):
        out.append(x * 10)
    return r, out
def run(coro):
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value
print(run(main()))
class BadAwait:
    def __await__(self):
        return 5
async def use_bad():
    await BadAwait()
try:
    run(use_bad())
except TypeError as e:
    print("TypeError", e)
async def not_awaitable():
    await 3
try:
    run(not_awaitable())
except TypeError as e:
    print("TypeError", e)
async def no_aenter():
    async with object():
        pass
try:
    run(no_aenter())
except TypeError as e:
    print("TypeError", e)
async def no_aiter():
    async for x in [1]:
        pass
try:
    run(no_aiter())
except TypeError as e:
    print("TypeError", e)

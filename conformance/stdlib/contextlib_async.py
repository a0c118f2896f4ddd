from contextlib import asynccontextmanager, AsyncExitStack, aclosing, nullcontext, AbstractAsyncContextManager

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

@asynccontextmanager
async def managed(name):
    print('open', name)
    try:
        yield name.upper()
    finally:
        print('close', name)

async def main():
    async with managed('x') as v:
        print('inside', v)
    try:
        async with managed('y'):
            raise ValueError('boom')
    except ValueError as e:
        print('caught', e)
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(managed('a'))
        stack.push_async_callback(cb, 'async cb')
        stack.callback(print, 'sync cb')
        print('stack body', a)
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(object())
    except TypeError as e:
        print('TypeError:', e)
    class Gen:
        async def aclose(self):
            print('aclosed')
    async with aclosing(Gen()) as g:
        print(type(g).__name__)
    async with nullcontext(3) as n:
        print('null', n)
    @managed('deco')
    async def decorated():
        print('decorated body')
        return 7
    print(await decorated())

async def cb(msg):
    print(msg)

run(main())
print(issubclass(type(managed('q')), AbstractAsyncContextManager))

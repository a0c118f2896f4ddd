# contextlib.asynccontextmanager and async with, driven by send(None).
from contextlib import asynccontextmanager
import types
@types.coroutine
def tick():
    yield
@asynccontextmanager
async def resource(name):
    print("open", name)
    await tick()
    try:
        yield name.upper()
    finally:
        await tick()
        print("close", name)
async def main():
    async with resource("a") as a:
        print("using", a)
    try:
        async with resource("b"):
            raise ValueError("inside")
    except ValueError as e:
        print("propagated", e)
    return "main done"
c = main()
try:
    while True:
        c.send(None)
except StopIteration as e:
    print(e.value)

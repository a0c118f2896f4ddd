# Class-based context managers: reuse, reentrancy, ContextDecorator, AbstractContextManager, async ones.
import contextlib
class Timer(contextlib.ContextDecorator):
    depth = 0
    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + "start")
        return self
    def __exit__(self, *exc):
        print("  " * Timer.depth + "stop", exc[0].__name__ if exc[0] else None)
        Timer.depth -= 1
        return False
t = Timer()
with t:
    with t:
        print("nested use of the same instance")
@Timer()
def decorated(x):
    print("inside decorated", x)
    return x * 2
print(decorated(21))
class Managed(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print("AbstractContextManager default __enter__ returns self")
with Managed() as m:
    print(type(m).__name__)
class OneShot:
    def __init__(self):
        self.used = False
    def __enter__(self):
        if self.used:
            raise RuntimeError("OneShot cannot be reused")
        self.used = True
        return "resource"
    def __exit__(self, *exc):
        return False
o = OneShot()
with o as r:
    print(r)
try:
    with o:
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
class AsyncRes:
    async def __aenter__(self):
        print("aenter")
        return self
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
async def main():
    async with AsyncRes() as a, AsyncRes():
        print("inside async with", type(a).__name__)
try:
    main().send(None)
except StopIteration:
    print("coroutine finished")
with contextlib.redirect_stdout(__import__("io").StringIO()) as buf:
    print("captured")
print("buffer:", repr(buf.getvalue()))
print(isinstance(t, contextlib.AbstractContextManager), issubclass(OneShot, contextlib.AbstractContextManager))

# await on non-awaitables, __await__ returning non-iterators, coroutine reuse.
class NotAwaitable:
    pass
class BadAwait:
    def __await__(self):
        return 5
class GoodAwait:
    def __await__(self):
        yield "step"
        return "good"
async def use(x):
    return await x
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
for obj in [NotAwaitable(), BadAwait(), 5, GoodAwait()]:
    try:
        print(run(use(obj)))
    except TypeError as e:
        print(type(e).__name__, e)
async def simple():
    return 1
c = simple()
print(run(c))
try:
    run(c)
except RuntimeError as e:
    print(e)
def gen():
    yield
async def awaits_gen():
    await gen()
try:
    run(awaits_gen())
except TypeError as e:
    print(e)
try:
    compile("def f():\n    await x", "<a>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("async def f():\n    yield from x", "<a>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("await x", "<a>", "exec")
except SyntaxError as e:
    print(e.msg)
c2 = simple()
print(c2.cr_await, c2.cr_code.co_name, c2.cr_origin)
c2.close()

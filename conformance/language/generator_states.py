# Generator and coroutine state inspection: gi_yieldfrom, gi_frame.f_lineno, inspect states.
import inspect
def inner():
    yield "a"
    yield "b"
def outer():
    yield "start"
    yield from inner()
    yield "end"
g = outer()
print(inspect.getgeneratorstate(g), g.gi_yieldfrom)
print(next(g), inspect.getgeneratorstate(g), g.gi_frame.f_lineno, g.gi_yieldfrom)
print(next(g), g.gi_yieldfrom.__name__ if g.gi_yieldfrom else None, g.gi_frame.f_lineno)
print(next(g), next(g), g.gi_yieldfrom)
print(list(g), inspect.getgeneratorstate(g), g.gi_frame)
def running_check():
    yield inspect.getgeneratorstate(rc), rc.gi_running
rc = running_check()
print(next(rc))
g2 = outer()
g2.close()
print(inspect.getgeneratorstate(g2))
async def coro():
    return 1
c = coro()
print(inspect.getcoroutinestate(c), c.cr_await, c.cr_frame is not None, c.cr_code.co_name, c.cr_origin)
c.close()
print(inspect.getcoroutinestate(c))
print(inspect.isgeneratorfunction(outer), inspect.isgenerator(g), inspect.iscoroutinefunction(coro), inspect.isfunction(outer), inspect.isasyncgenfunction(outer))
def gen_locals():
    x = 1
    yield
    y = 2
    yield
gl = gen_locals()
next(gl)
print(sorted(gl.gi_frame.f_locals.items()))
next(gl)
print(sorted(gl.gi_frame.f_locals.items()))
print(inspect.getgeneratorlocals(gl))

# Generator close/throw details: finally blocks, GeneratorExit, return in finally, gi_* attributes.
def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("cleanup")
it = g()
print(next(it), it.throw(ValueError("boom")))
it.close()
print(it.gi_frame, it.gi_running, it.gi_suspended if hasattr(it, "gi_suspended") else "")
it = g()
print(it.close(), "closed before start")
it = g()
next(it)
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(it, "exhausted"))
def returns_in_close():
    try:
        yield 1
    except GeneratorExit:
        return "ret"
r = returns_in_close()
next(r)
print(r.close())
def yields_value_on_throw():
    while True:
        try:
            yield
        except ValueError:
            yield "handled"
y = yields_value_on_throw()
next(y)
print(y.throw(ValueError))
print(y.throw(ValueError, ValueError("instance")) if False else "skip")
def simple():
    yield 1
s = simple()
print(s.gi_code.co_name, s.__name__, s.__qualname__, s.gi_yieldfrom)
def delegator():
    yield from simple()
d = delegator()
next(d)
print(d.gi_yieldfrom.__name__)
try:
    s.throw(TypeError("before start"))
except TypeError as e:
    print("thrown into unstarted:", e)
print(next(s, "finished"))

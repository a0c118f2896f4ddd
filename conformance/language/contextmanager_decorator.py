# contextlib.contextmanager: exceptions thrown into the generator, suppression, reuse.
from contextlib import contextmanager, suppress, nullcontext, ExitStack
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", repr(e))
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("inside", t)
with tag("b"):
    raise KeyError("k")
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    print("escaped", e)
with suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
with nullcontext(5) as n:
    print(n)
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def two_yields():
    yield
    yield
try:
    with two_yields():
        pass
except RuntimeError as e:
    print(e)
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    print("stack body")

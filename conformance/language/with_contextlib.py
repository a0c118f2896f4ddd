# contextlib helpers: contextmanager, suppress, ExitStack, closing, nullcontext.
import contextlib

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except ValueError as e:
        print("handled inside cm:", e)
    finally:
        print(f"</{name}>")

with tag("p") as n:
    print("inside", n)
with tag("div"):
    raise ValueError("bad")
print("continued")
try:
    with tag("span"):
        raise KeyError("not handled")
except KeyError as e:
    print("outside:", repr(e))

with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppress ok")

with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag(f"s{i}"))
    stack.callback(print, "callback ran")
    print("stack body")

class Res:
    def close(self):
        print("closed")
with contextlib.closing(Res()):
    print("using")
with contextlib.nullcontext(42) as v:
    print("null", v)

@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

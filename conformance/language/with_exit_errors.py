# Exceptions raised by __enter__ and __exit__, and exception info passed to __exit__.
class CM:
    def __init__(self, name, fail_enter=False, fail_exit=False):
        self.name, self.fail_enter, self.fail_exit = name, fail_enter, fail_exit
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError(f"enter {self.name} failed")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et and et.__name__)
        if self.fail_exit:
            raise KeyError(f"exit {self.name} failed")
        return False

try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        print("body not reached")
except RuntimeError as e:
    print("caught", e)

try:
    with CM("x", fail_exit=True):
        raise ValueError("body error")
except KeyError as e:
    print("caught", repr(e), "context:", repr(e.__context__))

try:
    with CM("outer"):
        with CM("inner", fail_exit=True):
            pass
except KeyError as e:
    print("caught", repr(e), e.__context__)

class Inspect:
    def __enter__(self): return self
    def __exit__(self, *info):
        print("exit got", [type(x).__name__ for x in info], str(info[1]))
        return isinstance(info[1], ArithmeticError)
with Inspect():
    1 / 0
print("ZeroDivisionError suppressed")
try:
    with Inspect():
        [][0]
except IndexError:
    print("IndexError not suppressed")
class Truthy:
    def __enter__(self): pass
    def __exit__(self, *a): return "non-empty string is true"
with Truthy():
    raise OSError("swallowed")
print("after truthy suppress")
def gen_with():
    with CM("in-gen"):
        yield 1
        yield 2
g = gen_with()
next(g)
g.close()

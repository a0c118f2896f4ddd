# with: __enter__/__exit__ looked up on the type; errors for missing methods; suppression.
class CM:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        print("enter")
        return "value"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM(False) as v:
    print("body", v)
with CM(True):
    raise ValueError("swallowed")
try:
    with CM(0):
        raise KeyError("kept")
except KeyError as e:
    print("KeyError", e)
class Truthy:
    def __bool__(self):
        print("bool called")
        return True
class CM2(CM):
    def __exit__(self, *a):
        return Truthy()
with CM2(None):
    raise RuntimeError
class NoExit:
    def __enter__(self):
        return self
class NoEnter:
    def __exit__(self, *a):
        pass
for cls in (NoExit, NoEnter, object):
    try:
        with cls():
            pass
    except TypeError as e:
        print("TypeError", e)
class InstanceMethods:
    pass
im = InstanceMethods()
im.__enter__ = lambda: None
im.__exit__ = lambda *a: None
try:
    with im:
        pass
except TypeError as e:
    print("TypeError", e)
class ExitRaises(CM):
    def __exit__(self, *a):
        raise OSError("from exit")
try:
    with ExitRaises(False):
        raise ValueError("inner")
except OSError as e:
    print("OSError", e, type(e.__context__).__name__)

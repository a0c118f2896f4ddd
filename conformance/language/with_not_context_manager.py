# `with` on objects that are not context managers, and __exit__ semantics.
class OnlyEnter:
    def __enter__(self): return self
class OnlyExit:
    def __exit__(self, *a): pass
for obj in [1, OnlyEnter(), OnlyExit(), "text"]:
    try:
        with obj:
            pass
    except TypeError as e:
        print(e)
class Suppress:
    def __enter__(self): return "entered"
    def __exit__(self, typ, val, tb):
        print("exit", typ.__name__ if typ else None, val)
        return True
with Suppress() as v:
    print(v)
    raise KeyError("k")
print("after suppressed")
class Truthy:
    def __enter__(self): pass
    def __exit__(self, *a): return "yes"
with Truthy():
    1 / 0
print("truthy exit suppresses")
class Falsy:
    def __enter__(self): pass
    def __exit__(self, *a): return 0
try:
    with Falsy():
        [][0]
except IndexError as e:
    print("propagated", e)
async def coro():
    async with OnlyEnter():
        pass
c = coro()
try:
    c.send(None)
except TypeError as e:
    print(e)

# with statement: __enter__/__exit__ order, suppression, multiple managers.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress

with CM("a") as v:
    print("body", v)

with CM("a") as x, CM("b") as y:
    print("body", x, y)

with (CM("p") as p,
      CM("q") as q):
    print("parenthesized", p, q)

with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppression")

try:
    with CM("outer"), CM("inner", suppress=False):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)

with CM("outer-suppress", suppress=True), CM("inner"):
    raise IndexError("i")
print("outer suppressed")

def early_return():
    with CM("r"):
        return "returned"
print(early_return())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break

class Target:
    pass
t = Target()
with CM("attr") as t.value:
    pass
print(t.value)
with CM("unpack") as (first, *rest):
    print(first, rest)
try:
    with 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
class OnlyEnter:
    def __enter__(self): return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)

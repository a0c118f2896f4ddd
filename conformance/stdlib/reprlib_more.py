# reprlib: limits per container kind, levels, indent layouts and errors, recursive_repr.
import reprlib
from collections import deque

r = reprlib.Repr()
print(sorted(vars(r).items()))
print(r.repr(tuple(range(10))), r.repr((5,)), r.repr(()), r.repr([]), r.repr([7]))
print(r.repr(set(range(20))), r.repr(frozenset(range(8))), r.repr(set()), r.repr(frozenset()))
print(r.repr({"b": 1, "a": 2, 3: 4}))
print(r.repr(deque(range(10))),)
print(r.repr(dict.fromkeys(range(9))), r.repr({}))
print(r.repr("a" * 40), r.repr("it's \n" * 8), r.repr(b"x" * 50), r.repr(2 ** 200), r.repr(-3))
print(r.repr([[[[[[[[1]]]]]]]]), r.repr({1: {2: {3: {4: {5: {6: {7: 8}}}}}}}))
print(r.repr(((((((((),),),),),),),)), r.repr([[[[[[[]]]]]]]))

class Big:
    def __repr__(self):
        return "<" + "B" * 60 + ">"
class Broken:
    def __repr__(self):
        raise RuntimeError("no")
print(r.repr(Big()), r.repr(Broken()).split(" at ")[0])

class MyList(list):
    pass
print(r.repr(MyList(range(20)))[:40])

small = reprlib.Repr(maxlevel=2, maxtuple=2, maxlist=3, maxdict=1, maxstring=8,
                     maxlong=6, maxother=5, fillvalue="~~")
print(small.repr([1, 2, 3, 4]), small.repr((1, 2, 3)), small.repr({1: 2, 3: 4}))
print(small.repr([[1, [2]]]), small.repr("abcdefghijkl"), small.repr(1234567890), small.repr(Big()))

for ind in [2, "--", "", 0]:
    p = reprlib.Repr(indent=ind)
    print(repr(p.repr([1, [2, {"k": (3,)}], "s"])))
    print(repr(p.repr([])), repr(p.repr({})), repr(p.repr((1,))))
for bad in [-1, 1.5, [1]]:
    try:
        reprlib.Repr(indent=bad).repr([1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
print(repr(reprlib.Repr(indent=-1).repr([])))

class Custom(reprlib.Repr):
    def repr_TextIOWrapper(self, obj, level):
        return "<file>"
    def repr_float(self, x, level):
        return "F"
import sys
print(Custom().repr([sys.stdout, 1.5]))

class Node:
    def __init__(self, v):
        self.v = v
        self.kids = []
    @reprlib.recursive_repr()
    def __repr__(self):
        "node repr"
        return f"Node({self.v}, {self.kids})"
n = Node(1)
n.kids.append(n)
n.kids.append(Node(2))
print(n, Node.__repr__.__name__, Node.__repr__.__doc__, Node.__repr__.__qualname__)

class Other:
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return "O[" + repr(self.me) + "]"
o = Other()
o.me = [o]
print(o, reprlib.repr(o), reprlib.aRepr.repr is not None)

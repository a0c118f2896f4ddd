# operator: every function against its operator, in-place forms, getters, errors.
import operator as op

print(len(op.__all__), op.__all__[:5])
pairs = [(7, 3), (2.5, 2), ({1, 2}, {2, 3}), ([1], [2])]
names = ["lt", "le", "eq", "ne", "ge", "gt", "add", "sub", "mul", "floordiv", "truediv",
         "mod", "pow", "and_", "or_", "xor", "lshift", "rshift"]
for a, b in pairs:
    row = []
    for n in names:
        try:
            row.append(repr(getattr(op, n)(a, b)))
        except TypeError as e:
            row.append("TE")
    print(" ".join(row))
print(op.not_(0), op.truth([]), op.truth([0]), op.is_(None, None), op.is_not(1, None))
print(op.abs(-3), op.neg(4), op.pos(-2), op.inv(5), op.invert(0), op.index(True))
class Ix:
    def __index__(self):
        return 9
class BadIx:
    def __index__(self):
        return 1.5
print(op.index(Ix()), op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(3, 7))
for f in [lambda: op.index(2.0), lambda: op.index(BadIx()), lambda: op.length_hint([], 1.0),
          lambda: op.concat({}, {}), lambda: op.concat(1, 2), lambda: op.iconcat(3, [1]),
          lambda: op.attrgetter(1), lambda: op.attrgetter("a", 2), lambda: op.methodcaller(3),
          lambda: op.add(1, "x"), lambda: op.lt(1, "x"), lambda: op.neg("s"),
          lambda: op.indexOf([1, 2], 3), lambda: op.itemgetter(5)([1]), lambda: op.attrgetter("nope")(1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

class Hint:
    def __init__(self, v):
        self.v = v
    def __length_hint__(self):
        if isinstance(self.v, Exception):
            raise self.v
        return self.v
print(op.length_hint(Hint(4)), op.length_hint(Hint(NotImplemented), 8), op.length_hint(Hint(TypeError()), 2))
for v in [-1, "x"]:
    try:
        op.length_hint(Hint(v))
    except Exception as e:
        print(type(e).__name__, e)
try:
    op.length_hint(Hint(KeyError("k")))
except KeyError as e:
    print("KeyError", e)

print(op.concat([1], [2]), op.concat("a", "b"), op.contains([1, 2], 2), op.countOf([1, 1.0, 2, True], 1))
nan = float("nan")
print(op.countOf([nan, nan], nan), op.indexOf([0, nan], nan), op.indexOf("abc", "c"))
d = {"a": 1}
op.setitem(d, "b", 2)
op.delitem(d, "a")
print(d, op.getitem(d, "b"), op.getitem([1, 2, 3], slice(1, None)))
print(op.call(max, 3, 4, key=lambda x: -x), op.matmul.__name__)

l = [1]
print(op.iadd(l, [2]) is l, l, op.iconcat(l, (3,)) is l, op.iadd(1, 2), op.isub(5, 1), op.imul("ab", 2))
print(op.itruediv(7, 2), op.ifloordiv(7, 2), op.imod(7, 2), op.ipow(2, 5), op.ilshift(1, 4), op.irshift(64, 2))
s = {1, 2}
print(op.iand(s, {2}) is s, s, op.ior({1}, {5}), op.ixor({1, 2}, {2}))
class MM:
    def __matmul__(self, o):
        return "mm"
    def __imatmul__(self, o):
        return "imm"
print(op.matmul(MM(), 1), op.imatmul(MM(), 1))

print(op.__add__ is op.add, op.__not__ is op.not_, op.__and__ is op.and_, op.__or__ is op.or_,
      op.__invert__ is op.invert, op.__call__ is op.call, op.__iconcat__ is op.iconcat, op.__index__ is op.index)

class P:
    def __init__(self):
        self.name = type("N", (), {"first": "Ada", "last": "L"})()
        self.x = 1
g = op.attrgetter("x")
h = op.attrgetter("name.first", "name.last", "x")
print(g(P()), h(P()), g, h, g.__reduce__(), type(g).__name__)
ig = op.itemgetter(1)
ig2 = op.itemgetter(0, -1, slice(1, 3))
print(ig("abc"), ig2([5, 6, 7, 8]), ig, ig2, ig2.__reduce__())
mc = op.methodcaller("split", ",", maxsplit=1)
mc2 = op.methodcaller("upper")
print(mc("a,b,c"), mc2("q"), mc, mc2, mc2.__reduce__())
f, args = mc.__reduce__()
print(f(*args)("x,y,z"), args)
import copy
print(copy.copy(h)(P()), copy.deepcopy(mc)("1,2,3"))
print(sorted([(2, "b"), (1, "z"), (2, "a")], key=op.itemgetter(0)))

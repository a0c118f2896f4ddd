# array.array: constructor checks and item range errors, methods, slicing, comparison, repr, copy.
from array import array
import array as arraymod
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r)[:200])
    except Exception as e:
        print(type(e).__name__, e)
for tc, vals in [("b", [128, -129, 1.5, "x", None]), ("B", [256, -1]), ("h", [2**15, -2**15-1]), ("H", [2**16, -1]), ("i", [1.5, "s"]), ("I", [-1]), ("q", [2**63, -2**63-1]), ("Q", [2**64, -1, 1.5]), ("f", ["x", 1, 1e300]), ("d", [None]), ("u", [1, "ab", "x"])]:
    for v in vals:
        t(array, tc, [v])
t(array, "z"); t(array, "i", "abc"); t(array, "u", array("i")); t(array, "i", array("u", "x")); t(array, "u", b"abcd"); t(array, "i", b"abc"); t(array, "ii"); t(array, 5); t(array)
a = array("i", [1, 2, 3])
t(a.index, 9); t(a.remove, 9); t(array("i").pop); t(a.pop, 5); t(a.__getitem__, 5); t(a.__setitem__, 5, 1); t(a.tounicode); t(a.fromunicode, "x"); t(a.frombytes, b"abc"); t(a.extend, array("d")); t(a.extend, 5)
t(lambda: a + [1]); t(lambda: a + array("d")); t(lambda: a * "x"); t(a.__setitem__, slice(0, 2), [1]); t(a.__setitem__, slice(0, 2), array("d", [1])); t(a.__iadd__, array("h")); t(hash, a)
t(a.index, 2, 2); print(a.index(3, -1), a.index(2, 0, 2), a.count(9))
print(arraymod.typecodes, arraymod.ArrayType is array, [array(c).itemsize for c in "bBuhHiIqQfd"])
f = array("f", [0.1, 2.5]); print(f, f[0], f.tolist())
c = array("u", "héllo😀"); print(c, len(c), c.tounicode(), c[5], c.itemsize); c.fromunicode("!"); print(c)
b = array("d", [1.0, 2.0]); b[1:] = array("d", [5.0, 6.0, 7.0]); print(b); del b[::2]; print(b); b *= 3; print(b); b += array("d", [9]); print(b, b[::-1], b[-2:])
x = array("h", range(10)); x[2:8:2] = array("h", [0, 0, 0]); print(x); t(x.__setitem__, slice(0, 8, 2), array("h", [1])); del x[1]; print(x, x.pop(), x.pop(0), x)
x.insert(100, 7); x.insert(-100, 8); x.reverse(); print(x, 7 in x, 99 in x, list(reversed(x))[:3], sorted(x)[:3])
y = array("H", [1, 258]); print(y.tobytes(), bytes(y), memoryview(y).tolist(), memoryview(y).format, memoryview(y).itemsize, len(memoryview(y).tobytes()))
y.byteswap(); print(y); y.frombytes(b"\x01\x00"); print(y); y.fromlist([3, 4]); print(y); t(y.fromlist, [5, -1]); print(y)
m = memoryview(y); m[0] = 99; print(y)
z = bytearray(array("i", [1, 2])); print(z)
print(array("i", [1, 2]) == array("d", [1.0, 2.0]), array("i", [1, 2]) < array("i", [1, 3]), array("b", [1]) != array("b", [1]), array("i") == [], array("B", b"ab") >= array("B", b"a"))
import copy
q = array("q", [1, 2]); q2 = copy.copy(q); q2.append(3); print(q, q2, copy.deepcopy(q))
print(array("b", b"\xff\x01"), array("B", bytearray(b"xy")), array("I", [2**32 - 1]), array("Q", [2**64 - 1]), array("q", [-2**63]))
print(repr(array("d")), repr(array("u")), str(array("b", [1])), array("i", range(3)) * 2, 2 * array("i", [1]), array("i", [1, 2, 3])[1:].tolist())
it = iter(array("i", [1, 2])); print(type(it).__name__, next(it), list(it))
print(array.__module__, array.__name__, array("i", [5])[0].__class__, array("d", [5])[0].__class__)

# array.array: typecodes, item access, slicing, conversions, errors.
from array import array
a = array("i", [1, 2, 3])
a.append(4); a.extend([5, 6]); a.insert(0, 0)
print(a, a.typecode, a.itemsize, len(a), a[2], a[-1], a[1:3], a.tolist(), a.index(3), a.count(2))
print(a.pop(), a.pop(0), a)
a.remove(3); a.reverse(); print(a)
a[0] = 99; print(a, 99 in a, sum(a), max(a))
b = array("d", [1.5, 2.5])
print(b, b * 2, b + array("d", [0.5]), b.tobytes()[:8] == array("d", [1.5]).tobytes(), array("d", b.tobytes()) == b if False else "skip")
c = array("u", "hello")
print(c, c.tounicode(), array("b", [-1, 127]), array("B", b"\x01\x02"), array("q", [2 ** 62]))
bs = array("H", [1, 2]).tobytes()
print(len(bs), array("H", bs) if False else array("H").__class__.__name__)
h = array("H"); h.frombytes(b"\x01\x00\x02\x00"); print(h.tolist() == [1, 2] or h.tolist() == [256, 512])
for bad in [lambda: array("b", [128]), lambda: array("B", [-1]), lambda: array("z"), lambda: array("i", [1.5]), lambda: a.index(1000), lambda: array("i") + array("d"), lambda: array("i", "abc")]:
    try:
        print(bad())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(array("i", [3, 1, 2]) == array("i", [3, 1, 2]), array("i", [1]) < array("i", [2]), array("i", range(5))[::2], bytes(array("B", [65, 66])))
print(repr(array("f")), array("l", [1]).typecode, sorted(array("i", [3, 1, 2])))

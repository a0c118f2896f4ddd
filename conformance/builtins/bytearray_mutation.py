# bytearray mutation: item/slice assignment incl. extended slices, del, append/extend/insert/pop/remove, errors.
a = bytearray(b"hello world")
a[0] = 72
a[-1] = ord("D")
a[1:5] = b"EY"
print(a)
a[::2] = b"......"[:len(a[::2])]
print(a, len(a))
del a[0]
del a[::3]
print(a)
a = bytearray(b"abc")
a.append(100); a.extend(b"ef"); a.extend([103, 104]); a.insert(0, 95); a.insert(-1, 33); a.insert(100, 36)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.remove(ord("c")); a.reverse()
print(a, a.copy(), a.copy() is a)
a.clear()
print(a, len(a))
b = bytearray(b"xyz")
for bad in [lambda: b.__setitem__(0, 256), lambda: b.__setitem__(0, b"a"), lambda: b.__setitem__(5, 1), lambda: b.__setitem__(slice(0, 3, 2), b"abc"), lambda: b.append(-1),
            lambda: b.remove(ord("q")), lambda: bytearray().pop(), lambda: b.pop(10), lambda: b.extend("str"), lambda: b.insert("0", 1), lambda: b.extend([1, "x"]), lambda: b.__delitem__(9)]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(b)

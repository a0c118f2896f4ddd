# bytearray slice assignment and deletion: growing, shrinking, steps, from iterables/ints/buffers.
a = bytearray(b"0123456789")
a[2:5] = b"ab"; print(a)
a[2:2] = bytearray(b"XYZ"); print(a)
a[-3:] = []; print(a)
a[::2] = bytes(len(a[::2])); print(a)
a[1:4] = [65, 66]; print(a)
a[:] = memoryview(b"reset"); print(a)
del a[1:3]; print(a)
del a[::-2]; print(a)
a[5:] = b"tail"; print(a, len(a))
a[0:1] = a; print(a)
for f in [lambda: a.__setitem__(slice(0, 4, 2), b"abc"), lambda: a.__setitem__(slice(0, 1), 5), lambda: a.__setitem__(slice(0, 1), "s"), lambda: a.__setitem__(slice(0, 1), [256]), lambda: a.__getitem__(slice(0, 1, 0))]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(a[::-1], a[1:100], a[-100:2], a[3:1], bytes(a[::3]))

# bytearray.extend/append/insert/__setitem__ and += with every argument kind and the errors.
b = bytearray(b"ab")
b.extend(b"cd")
b.extend([101, 102])
b.extend(range(103, 105))
b.extend(iter([105]))
b.extend(bytearray(b"j"))
b.extend(memoryview(b"k"))
b += b"l"
b += bytearray(b"m")
print(b)
for bad in [lambda: b.extend("x"), lambda: b.extend([256]), lambda: b.extend([-1]), lambda: b.extend(1), lambda: b.extend([1.0]),
            lambda: b.append(256), lambda: b.append("a"), lambda: b.insert(0, -1), lambda: b.insert("0", 1), lambda: b.__iadd__("x"),
            lambda: b.__setitem__(0, 300), lambda: b.__setitem__(slice(0, 1), 5), lambda: b.__setitem__(slice(0, 1), "x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
b.insert(100, 33)
b.insert(-100, 34)
b[1:3] = [65, 66, 67]
b[::2] = bytes(len(b[::2]))
print(b)
try:
    b[::2] = b"x"
except ValueError as e:
    print("ValueError", e)
e = bytearray()
e.extend(e)
e.extend(b"")
print(e, len(e))

# bytearray: mutation methods and slice assignment.
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" world")
print(ba, len(ba), ba[0], ba[-1])
ba[1:5] = b"EY"
print(ba)
del ba[0]
del ba[-6:]
print(ba)
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("E"))
print(ba)
ba.reverse()
print(ba, ba.copy(), ba.copy() is ba)
ba += b"++"
ba *= 2
print(ba)
ba.clear()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"ab").upper(), bytearray(b"x") == b"x")
for bad in [lambda: bytearray(b"a").append(256), lambda: bytearray(b"a").remove(98), lambda: bytearray().pop(), lambda: bytearray(b"a").__setitem__(0, "x"), lambda: bytearray(b"abc").__setitem__(slice(0, 3, 2), b"xyz"), lambda: hash(bytearray())]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
b2 = bytearray(b"abcdef")
b2[::2] = b"XYZ"
print(b2, b2.find(b"Y"), b2.replace(b"X", b"_"), b2.decode(), bytes(b2), type(b2[1:3]).__name__, b2[1:3])
b3 = bytearray(b"abc")
b3[1:2] = [100, 101]
print(b3, bytearray.fromhex("ff 00"), bytearray(b"  x ").strip(), b3.hex())
mv = memoryview(b3)
print(mv[0], bytes(mv[1:3]), mv.tobytes(), len(mv), mv.readonly, mv.tolist())
mv[0] = 65
print(b3)

# bytearray += *= with buffers, identity kept; comparisons with bytes; constructor forms; hashing error.
a = bytearray(b"ab")
ident = id(a)
a += b"cd"
a += bytearray(b"e")
a += memoryview(b"f")
a *= 2
print(a, id(a) == ident, a == b"abcdefabcdef", a > b"abc", bytearray(b"a") < bytearray(b"b"), bytearray() == b"")
print(bytearray(3), bytearray([1, 2]), bytearray("hé", "utf-8"), bytearray(b"x") + b"y", b"y" + bytearray(b"x"), type(b"y" + bytearray(b"x")).__name__, bytearray(b"ab") * 2)
a *= 0
print(a, repr(bytearray(b"'\"")), str(bytearray(b"q")))
for bad in [lambda: hash(bytearray()), lambda: {bytearray(): 1}, lambda: bytearray(-1), lambda: bytearray("x"), lambda: bytearray(b"a") + "b", lambda: bytearray([300])]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
b = bytearray(b"abc")
try:
    b += "x"
except TypeError as e:
    print(type(e).__name__, e)

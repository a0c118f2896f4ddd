# repr of bytes and bytearray for every byte value class; quote selection; str() of bytes.
print(repr(bytes(range(0, 32))), repr(bytes(range(32, 128))), repr(bytes(range(128, 136))), repr(bytes([255, 0])))
for b in [b"'", b'"', b"'\"", b"\\", b"\x7f", b"it's \"q\""]:
    print(repr(b), repr(bytearray(b)), str(b), ascii(b), len(repr(b)))
class B(bytes):
    pass
class BA(bytearray):
    pass
print(repr(B(b"x")), repr(BA(b"y")), str(B(b"z")), f"{b'q'}", "%s|%r" % (b"s", b"r"), [b"a", bytearray(b"b")])

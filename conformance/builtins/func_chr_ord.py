# chr() and ord(): the whole code-point range, surrogates, bytes, and their error texts.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(chr(65), chr(0x20ac), repr(chr(0)), repr(chr(0xd800)), chr(0x10ffff) == "\U0010ffff", chr(True))
print(ord("A"), ord("\u20ac"), ord("\U0001f600"), ord(b"a"), ord(bytearray(b"z")), ord("\x00"))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr(2**70))
t(lambda: chr(1.5))
t(lambda: chr("a"))
t(lambda: chr())
t(lambda: ord("ab"))
t(lambda: ord(""))
t(lambda: ord(b"ab"))
t(lambda: ord(1))
t(lambda: ord(None))
t(lambda: ord(bytearray()))
class I:
    def __index__(self):
        return 97
print(chr(I()))
print([ord(c) for c in "h\xe9\U00010000"], "".join(chr(c) for c in range(97, 100)))

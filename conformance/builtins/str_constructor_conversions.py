# str() of objects: __str__ falls back to __repr__, errors for non-str results, str of builtins, chr/ord.
class A:
    def __repr__(self): return "A!"
class B:
    def __str__(self): return "B-str"
class C:
    def __str__(self): return 5
class D(str):
    def __str__(self): return "D-override"
print(str(A()), str(B()), repr(B())[:3], str(D("x")), str(3.0), str(-0.0), str(1e100), str(2 ** 70), str(True), str(None), str(...), str(NotImplemented), str(int), str(1j))
print(chr(65), chr(0x1F600), chr(0), ord("A"), ord("😀"), ord(b"a"), ord(bytearray(b"z")), repr(chr(0xD800)), chr(0x10FFFF) == "\U0010ffff")
for f in [lambda: str(C()), lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: ord(""), lambda: ord("ab"), lambda: ord(b"ab"), lambda: ord(5), lambda: chr(2**70)]:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

# bytearray text-like methods return bytearrays: split, partition, strip, case, padding, splitlines, %.
a = bytearray(b"  Hello World  ")
print(a.split(), a.strip(), a.lstrip(), a.rstrip(b" d"), a.upper(), a.lower(), a.title(), a.swapcase(), a.capitalize())
print(a.center(20, b"*"), a.strip().ljust(12, b"."), a.strip().rjust(12), bytearray(b"7").zfill(3), bytearray(b"a\tb").expandtabs(2), bytearray(b"a-b-c").rsplit(b"-", 1))
print(bytearray(b"a=b").partition(b"="), bytearray(b"a=b").rpartition(b"x"), bytearray(b"x\ny\r\n").splitlines(), bytearray(b"x\ny").splitlines(True))
print(bytearray(b"%s=%d") % (b"k", 5), bytearray(b"pre.x").removeprefix(b"pre."), bytearray(b"x.suf").removesuffix(b".suf"), bytearray(b"abcabc").rindex(b"b"), bytearray(b"ab").isalpha(), bytearray(b"AB").isupper())
print([type(x).__name__ for x in bytearray(b"a b").split()], type(bytearray(b"a").replace(b"a", b"b")).__name__, bytearray(b"abc").find(98), bytearray(b"abc").count(b"c"))

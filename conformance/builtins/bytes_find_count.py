# bytes/bytearray find/index/count/startswith with int and buffer arguments, ranges and errors.
b = b"abcabcab"
print(b.find(b"ca"), b.find(99), b.rfind(b"ab"), b.rfind(97), b.index(b"b", 2), b.rindex(98, 0, 5), b.count(b"ab"), b.count(97, 1), b.count(b""), b.find(b"", 8), b.find(b"", 9))
print(b.startswith(b"abc"), b.startswith((b"x", b"ab")), b.endswith(b"ab", 0, 5), b.startswith(bytearray(b"a")), b.endswith(memoryview(b"ab")), b.find(bytearray(b"c")), b.find(b"a", -3), b.find(b"a", None, -7))
a = bytearray(b)
print(a.find(b"ca"), a.index(99), a.count(b"b"), a.rfind(b"c"), a.startswith(b"ab"), 98 in a, b"ca" in a, a.rindex(b"ab"))
for f in [lambda: b.index(b"z"), lambda: b.rindex(120), lambda: b.find(256), lambda: b.find("a"), lambda: b.count(-1), lambda: b.find(1.5), lambda: a.index(b"zz"), lambda: b.startswith(97)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

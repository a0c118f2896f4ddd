# str.splitlines and bytes.splitlines: every line boundary, keepends, trailing breaks.
seps = ["\n", "\r", "\r\n", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
for sep in seps:
    s = "a" + sep + "b" + sep
    print(ascii(sep), s.splitlines(), s.splitlines(True), len(s.splitlines(keepends=True)))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(True), "\r\r\n".splitlines(True), "x\n\r".splitlines())
print(b"a\nb\r\nc\rd\x0be\x85f".splitlines(), b"a\nb\r\n".splitlines(keepends=True), bytearray(b"x\ny").splitlines())
print("a\nb".splitlines(keepends=0), "a\nb".splitlines(2))
for bad in [lambda: "a".splitlines("x"), lambda: "a".splitlines(None), lambda: "a".splitlines(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

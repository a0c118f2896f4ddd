# str/bytes center, ljust, rjust, zfill: widths, odd padding sides, fill characters and their errors.
for s in ["", "a", "ab", "abc", "é", "😀"]:
    print(repr(s.center(6, "*")), repr(s.center(5)), repr(s.ljust(4, "-")), repr(s.rjust(4, "😀")), repr(s.zfill(4)))
for s in ["-1", "+1", "1", "-", "--1", "x1", "+", ""]:
    print(repr(s.zfill(4)), repr(s.encode().zfill(4)))
print("abc".center(-5), "abc".center(2), b"ab".center(7, b"."), bytearray(b"x").ljust(3, b"#"), b"x".rjust(3))
for bad in [lambda: "a".center(5, "ab"), lambda: "a".center(5, ""), lambda: "a".ljust(5, 1), lambda: "a".rjust("5"),
            lambda: b"a".center(5, "x"), lambda: b"a".center(5, b"xy"), lambda: "a".zfill(None), lambda: "a".center()]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)

# str center/ljust/rjust/zfill/expandtabs: fill characters, odd padding, wide chars, errors.
print(repr("ab".center(7)), repr("ab".center(7, "*")), repr("abc".center(6, "-")), repr("abc".center(2)), repr("a".center(4, "😀")))
print(repr("ab".ljust(5, ".")), repr("ab".rjust(5, ".")), repr("ab".ljust(-1)), repr("42".zfill(5)), repr("-42".zfill(6)), repr("+4".zfill(4)), repr("abc".zfill(2)), repr("-".zfill(3)))
print(repr("a\tbc\td".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("a\tb".expandtabs(0)), repr("12345\t6\n7\t8".expandtabs(3)), repr("\t".expandtabs(tabsize=2)))
for bad in [lambda: "a".center(5, "ab"), lambda: "a".ljust(5, ""), lambda: "a".rjust("5"), lambda: "a".zfill(None), lambda: "a".center(), lambda: "a".expandtabs(1.0),
            lambda: "a".center(5, 1)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)

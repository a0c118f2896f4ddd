# bytes center/ljust/rjust/zfill/expandtabs/removeprefix/replace/count/join with mixed buffer types.
b = b"ab"
print(b.center(6), b.center(7, b"*"), b.ljust(5, b"."), b.rjust(5, bytearray(b"-")), b"42".zfill(5), b"-4".zfill(4), b"a\tb".expandtabs(4), b"x\ty".expandtabs())
print(b"prefix-x".removeprefix(b"prefix-"), b"x.py".removesuffix(bytearray(b".py")), b"aaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"."), b"abab".count(b"ab"), b"abc".count(b""))
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), bytearray(b",").join([b"x", b"y"]), b"".join([]))
for bad in [lambda: b.center(5, b"ab"), lambda: b.ljust(5, "x"), lambda: b.center(5, 32), lambda: b.zfill("3"), lambda: b.removeprefix("a"), lambda: b.replace("a", b"b"), lambda: b"-".join([1])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)

# str.expandtabs: tab sizes, column resets at newlines and carriage returns, errors.
for s in ["a\tb", "\t", "ab\tc\td", "abcdefgh\tx", "a\nb\tc", "a\r\tb", "x\t\ty", "", "no tabs"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(1)), repr(s.expandtabs(-3)))
print(repr("é\tx".expandtabs(3)), repr("😀\tx".expandtabs(3)), repr("a\tb".expandtabs(tabsize=2)))
print(repr(b"a\tb".expandtabs(3)), repr(bytearray(b"ab\tc").expandtabs(4)))
for bad in [lambda: "a".expandtabs("4"), lambda: "a".expandtabs(4.0), lambda: "a".expandtabs(1, 2), lambda: "a".expandtabs(size=3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    "\t".expandtabs(2 ** 63)
except OverflowError as e:
    print("OverflowError", e)

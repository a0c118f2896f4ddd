# str.partition/rpartition/splitlines with every line boundary and keepends.
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"), "=".partition("="), "a😀b".partition("😀"))
s = "l1\nl2\r\nl3\rl4\x0bl5\x0cl6\x1cl7\x1dl8\x1el9\x85l10\u2028l11\u2029l12"
print(s.splitlines(), len(s.splitlines()), s.splitlines(True)[:4], "".splitlines(), "\n".splitlines(), "a\n\nb\n".splitlines(), "a\n".splitlines(keepends=True))
for bad in [lambda: "a".partition(""), lambda: "a".rpartition(""), lambda: "a".partition(1), lambda: "a".splitlines(1, 2), lambda: "a".partition()]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Strings as sequences: iteration, indexing with negatives, slicing steps, membership, min/max, sorted, reversed.
s = "Hello, World"
print(list(s[:5]), s[0], s[-1], s[-5:], s[::2], s[::-1], s[7:100], s[100:], s[-100:3], s[3:1], s[1:-1:3])
print("".join(reversed(s)), sorted(s)[:4], max(s), min(s), s.index("o"), [i for i, c in enumerate(s) if c == "l"])
print("W" in s, "world" in s, "" in s, s.count("l"), [c for c in "abc"], tuple("ab"), set("aab") == {"a", "b"})
it = iter("xyz")
print(next(it), next(it), list(it))
print(len("é"), len("\u00e9"), len("e\u0301"), "\U0001F600"[0] == "\U0001F600", list("a\u0301b"))
print("abc" * 2, "-" * 10, "a" + "b" * 3, "x".join("abc"), "%s" % s[::-1][:3])
for bad in [lambda: s[20], lambda: s["x"], lambda: s[1.0], lambda: s.__setitem__(0, "h"), lambda: "a" - "b", lambda: "a" * "b", lambda: -"a"]:
    try:
        print(bad())
    except (IndexError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(s[True], s[False:True], "abcdef"[slice(1, None, 2)], "abc"[-1:-4:-1], "abc"[::-2])
words = "the quick brown fox".split()
print(max(words, key=len), sorted(words, key=lambda w: w[-1]), "".join(w[0] for w in words).upper())
print(ord(min("hello")), [ord(c) for c in "AZaz09"], "".join(chr(ord(c) + 1) for c in "HAL"))

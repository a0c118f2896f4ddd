# str indexing and slicing by code point with astral characters, steps, negative indices, errors.
s = "a😀b𝄞c日d"
print(len(s), s[1], s[-1], s[1:3], s[::-1], s[::2], s[-3:], s[10:], s[:-10], s[1:6:2], s[5:0:-2], list(s), [ord(c) for c in s])
print(s.index("𝄞"), s.find("日"), "😀" in s, s.count("😀"), s[len(s) - 1], s[slice(1, None, 3)], ascii(s), s.encode("utf-8"))
for bad in [lambda: s[7], lambda: s[-8], lambda: s["1"], lambda: s[1.5], lambda: s[::0]]:
    try:
        print(bad())
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    s[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
print(min(s), max(s), sorted(s), "".join(reversed(s)), s * 2 == s + s, hash(s) == hash("a😀b𝄞c日d"))

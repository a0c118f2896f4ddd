# Basics: string literals, concatenation, repetition, indexing, len, a few methods.
s = "hello"
t = 'world'
print(s + " " + t)
print(s * 2, len(s), s[0], s[-1], s[1:3])
print(s.upper(), t.capitalize(), "a,b".split(","), "-".join(["x", "y"]))
print("ell" in s, s == "hello", s != t, s < t)
print(f"{s}!", "%s-%d" % (t, 3), "{}+{}".format(1, 2))
print(repr(s), str(42), str(1.5))

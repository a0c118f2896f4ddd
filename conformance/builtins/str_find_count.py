# find/rfind/index/rindex/count/startswith/endswith/in with start/end arguments.
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.find("xyz"), s.find(""), s.find("", 100), s.rfind(""))
print(s.find("o", 5, 10), s.find("o", -5), s.rfind("o", 0, 10), s.find("hello", -100, 5))
print(s.index("world"), s.rindex("o"))
for call in [lambda: s.index("xyz"), lambda: s.rindex("xyz"), lambda: s.index("hello", 1, 5)]:
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
print(s.count("o"), s.count("hello"), s.count(""), "aaaa".count("aa"), s.count("o", 0, 8), "".count(""))
print(s.startswith("hello"), s.startswith("world", 6), s.startswith(("x", "he")), s.endswith("python"), s.endswith("hello", 0, 5), s.endswith(()))
try:
    s.startswith(["he"])
except TypeError as e:
    print(type(e).__name__, e)
print("world" in s, "" in s, "World" in s, "x" not in s)
try:
    5 in s
except TypeError as e:
    print(type(e).__name__, e)
print("abc".find("c", 10), "abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("c", -1))
print("mississippi".replace("ss", "SS"), "mississippi".replace("s", "", 2), "abc".replace("", "-"), "aaa".replace("a", "b", 0), "x".replace("x", "yy", -1))
print("a.b.c".replace(".", "::", 1), "".replace("", "x"), "abc".replace("", "-", 2))

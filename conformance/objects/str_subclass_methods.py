# Methods of str on a subclass return plain str; overrides affect only the operations that call them.
class S(str):
    def upper(self):
        return "overridden upper"
    def __len__(self):
        return 100
s = S("Hello")
print(s.upper(), s.lower(), type(s.lower()).__name__, type(s + "x").__name__, type(s[1:]).__name__, type(s * 2).__name__)
print(len(s), str.__len__(s), s.center(9, "*"), type(str(s)).__name__, str(s) is s)
print(type(s.strip()).__name__, type(s.replace("x", "y")).__name__, type("".join([s])).__name__, type(f"{s}").__name__)
print(s == "Hello", hash(s) == hash("Hello"), {s: 1}["Hello"], s in {"Hello"})
class Tagged(str):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj
t = Tagged("v", "t1")
print(t, t.tag, repr(t), t.__dict__)
class Eq(str):
    def __eq__(self, o):
        return True
    __hash__ = str.__hash__
print(Eq("a") == "b", "b" == Eq("a"), Eq("a") != "b", "a".__eq__(Eq("z")))
class R(str):
    def __repr__(self):
        return "R!"
    def __str__(self):
        return "str-R"
r = R("x")
print(repr(r), str(r), f"{r}", "%s" % r, print(r) if False else "", "{}".format(r), [r], r + "y")
print(format(r, ""), format(r, ">4"))

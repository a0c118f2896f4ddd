import pickle
import re
import warnings

# module functions go through the pattern cache; flags as RegexFlag or int share entries
re.purge()
p1 = re.compile("a+b", re.I)
p2 = re.compile("a+b", 2)
print(p1 is p2, p1.flags == p2.flags, re.compile("a+b") is p1)
print(re.compile(b"x") is re.compile("x"), type(re.compile(b"x").pattern).__name__)
print(re.match("a+", "aaab").group(), re.fullmatch("a+b", "AAB", re.I).span())
print(re.search(r"\d+", "ab 123 c").group(), re.sub("a", "-", "banana", 2))
print(re.subn("a", "-", "banana"), re.split(r"\s+", "a  b   c", 1))
print(re.findall(r"(\w)(\d)", "a1 b2 c"), [m.start() for m in re.finditer("n", "banana")])
print(re.compile(p1) is p1, re.match(p1, "AB").group())
try:
    re.compile(p1, re.M)
except ValueError as e:
    print("ValueError:", e)
for bad in (5, None, ["a"]):
    try:
        re.match(bad, "a")
    except TypeError as e:
        print("TypeError:", e, e.__context__)
try:
    re.compile("(")
except re.error as e:
    print(type(e).__module__, e.msg, e.pos, e.lineno, e.colno, e.__context__)
try:
    re.compile("a\n(b")
except re.error as e:
    print(e, "|", e.lineno, e.colno)
print(re.escape("a.b*c\n d"), re.escape(b"1+1=2"))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    t = re.template("a", re.I)
print(caught[0].category.__name__, str(caught[0].message)[:40], bool(t.flags & re.T))
print(re.I | re.M, repr(re.I | re.M), str(re.A), re.NOFLAG, re.RegexFlag(2))
print(sorted(re.__all__))
for n in range(600):
    re.compile("x%d" % n)
print(len(re._cache) <= re._MAXCACHE)
p = re.compile(r"(?P<w>\w+)", re.M)
q = pickle.loads(pickle.dumps(p))
print(q.pattern, q.flags == p.flags, q.groupindex["w"], q is p)

# re: lookarounds, backreferences, non-greedy, verbose patterns, unicode classes, errors.
import re
print(re.findall(r"\w+(?=!)", "hi! there yes!"), re.findall(r"(?<=\$)\d+", "cost $30 and $45"), re.findall(r"\b(?!the\b)\w+", "the cat the dog"))
print(re.findall(r"(\w)\1", "aabbcd"), re.sub(r"(\w+) \1", r"\1", "the the cat"), re.match(r"(?P<q>['\"]).*?(?P=q)", "'quoted' rest").group())
print(re.findall(r"<.*>", "<a><b>"), re.findall(r"<.*?>", "<a><b>"), re.match(r"a{2,3}", "aaaa").group(), re.match(r"a{2,3}?", "aaaa").group())
pattern = re.compile(r"""
    (?P<int>\d+)      # integer part
    (?:\.(?P<frac>\d+))?  # optional fraction
""", re.VERBOSE)
print(pattern.match("3.14").groupdict(), pattern.match("42").groupdict())
print(re.findall(r"\w+", "naïve café 日本"), re.findall(r"\d", "٣4"), re.findall(r"[^\W\d_]+", "abc_123 déf"), re.findall(r"(?a)\w+", "naïve"))
print(re.match(r"(?:ab)+", "ababx").group(), re.findall(r"a|ab", "ab"), re.search(r"$", "abc").span(), re.findall(r"\A\w|\w\Z", "xyz"))
for bad in [r"(", r"a{2,1}", r"[z-a]", r"(?P<n>a)(?P<n>b)", r"\1", r"*", r"(?<=a+)b"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(type(e).__name__, e.msg, e.pos)
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print(type(e).__name__, e)
try:
    re.match(b"a", "a")
except TypeError as e:
    print(type(e).__name__, e)
m = re.match(r"(a)(b)", "ab")
try:
    m.group(3)
except IndexError as e:
    print(type(e).__name__, e)
print(m.expand(r"\2\1"), m[0], m.regs)
print(re.sub(r"x", r"\n", "axb") == "a\nb", re.sub("x", "\\\\", "axb"), re.fullmatch(r"[\d\s]+", "1 2 3") is not None)

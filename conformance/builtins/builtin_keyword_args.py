# Which builtins accept keyword arguments, and the errors for positional-only parameters.
print(sorted([3, 1, 2], key=None, reverse=True), min([3, 1], key=abs, default=0), max([], default="d"), sum([1, 2], start=10))
print(round(number=2.567, ndigits=1), pow(base=2, exp=10, mod=1000), int("ff", base=16), enumerate("ab", start=5).__next__(), list(zip("a", "b", strict=True)))
print("a,b,c".split(sep=",", maxsplit=1), "abc".encode(encoding="ascii", errors="strict"), b"x".decode(encoding="utf-8"), "x".center(5, "*"))
lst = [3, 1, 2]
lst.sort(key=lambda v: -v, reverse=False); print(lst)
print(dict(a=1, b=2), str(object=5), str(b"x", encoding="ascii"), bytes("x", encoding="ascii"), float(x="1.5") if False else float("1.5"))
calls = [
    lambda: len(obj=[]),
    lambda: abs(x=-1),
    lambda: int(x="5"),
    lambda: float(x="1.5"),
    lambda: isinstance(obj=1, class_or_tuple=int),
    lambda: sorted(iterable=[1]),
    lambda: range(stop=5),
    lambda: "abc".find(sub="b"),
    lambda: [].append(object=1),
    lambda: {}.get(key="k"),
    lambda: divmod(x=1, y=2),
    lambda: chr(i=65),
    lambda: min(1, 2, key=abs, extra=1),
    lambda: print("x", flush="yes", file=None) or "print flush accepts any truthy",
    lambda: iter([1], sentinel=None),
    lambda: "x".replace(old="x", new="y"),
    lambda: "x".split(",", maxsplit="1"),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)

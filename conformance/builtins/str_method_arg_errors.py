# Argument errors of str methods: counts, types, ranges.
calls = [
    lambda: "abc".replace("a"),
    lambda: "abc".replace("a", 1),
    lambda: "abc".replace("a", "b", "c"),
    lambda: "abc".center(),
    lambda: "abc".center("5"),
    lambda: "abc".ljust(5, ""),
    lambda: "abc".zfill(),
    lambda: "abc".count(),
    lambda: "abc".count(1),
    lambda: "abc".startswith(),
    lambda: "abc".startswith(("a", 1)),
    lambda: "abc".find("a", "1"),
    lambda: "abc".index("a", 0, 1, 2),
    lambda: "abc".join(),
    lambda: "abc".join([1]),
    lambda: "abc".split(None, "x"),
    lambda: "abc".splitlines("x"),
    lambda: "abc".expandtabs("4"),
    lambda: "abc".encode(5),
    lambda: "abc".encode("utf-8", 5),
    lambda: "abc".translate(),
    lambda: "abc".format_map(5),
    lambda: "abc".upper(1),
    lambda: "abc".strip("a", "b"),
    lambda: "abc".partition(None),
    lambda: "abc".removeprefix(1),
    lambda: str.maketrans(1),
    lambda: str.maketrans("a", "b", 5),
    lambda: "abc".__getitem__(),
    lambda: "%s" % (),
    lambda: "abc".zfill(2 ** 100),
    lambda: "abc" * (2 ** 100),
]
for c in calls:
    try:
        print(repr(c()))
    except (TypeError, ValueError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)

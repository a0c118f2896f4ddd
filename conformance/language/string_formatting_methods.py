# str.format and format(): positional, keyword, attribute and index fields, conversions, errors.
class P:
    x = 1
    def __format__(self, spec): return f"P<{spec}>"
print("{} {} {}".format(1, "a", None), "{1} {0} {1}".format("a", "b"), "{name}!".format(name="n"))
print("{0.x} {1[0]} {2[k]}".format(P(), [9], {"k": "v"}), "{:>5}|{:<5}|{:^5}".format(1, 2, 3))
print("{!r} {!s} {!a}".format("q", "q", "é"), "{:{w}.{p}f}".format(3.14159, w=8, p=2))
print(format(P(), "spec"), "{:xyz}".format(P()), f"{P():abc}")
print("{{}} {}".format("x"), format(255, "#06x"), format(0.5, "%"), format(1234, ","))
for fmt, args, kwargs in [("{} {}", (1,), {}), ("{0} {}", (1, 2), {}), ("{x}", (), {}), ("{:d}", ("s",), {}), ("{!z}", (1,), {}), ("{", (), {}), ("}", (), {})]:
    try:
        print(fmt.format(*args, **kwargs))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
print("{0:{1}}".format("x", 3) + "|", "%s" % "pct", "{:+.1e}".format(12345))

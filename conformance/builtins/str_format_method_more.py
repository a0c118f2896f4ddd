# str.format: positional/auto/keyword fields, attribute and index lookup, conversions, nested specs, errors.
class P:
    x = 3
    def __format__(self, spec): return "P<" + spec + ">"
print("{} {} {}".format(1, "a", [2]), "{1}{0}{1}".format("a", "b"), "{name}/{0}".format(5, name="n"), "{0.x} {1[k]} {2[1]} {0.x!r:>4}".format(P, {"k": "v"}, "xyz"))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2), "{!r} {!s} {!a}".format("é", "é", "é"), "{{}} {{{0}}}".format(7), "{:>{}}".format("x", 4), "{0:%}".format(0.25), "{p:abc}".format(p=P()))
print("{0[0]}".format([9]), "{a[-1]}".format(a={"-1": "m"}), "{0[ ]}".format({" ": "sp"}), "{:,}".format(1234567), "{:_x}".format(0xffffff), format_map := "{a}{b}".format_map({"a": 1, "b": 2}))
class D(dict):
    def __missing__(self, k): return "<" + k + ">"
print("{x} {y}".format_map(D(x=1)))
for fmt, args, kw in [("{", (), {}), ("}", (), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("{2}", (1,), {}), ("{x}", (), {}), ("{0.nope}", (1,), {}), ("{0[5]}", ([1],), {}),
                      ("{!x}", (1,), {}), ("{:d}", ("s",), {}), ("{0!}", (1,), {}), ("{:{:{}}}", (1, 2, 3), {}), ("{0[}", (1,), {}), ("{:s}", (1,), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)

# str.format: positional/keyword fields, indexing, attributes, conversions, nesting, errors.
print("{} {} {}".format(1, "two", 3.0), "{2}{1}{0}".format("a", "b", "c"), "{0}{0}".format("x"))
print("{name} is {age}".format(name="Ann", age=30), "{0[1]} {0[k]}".format({1: "one", "k": "kay"}), "{0[0]}".format([9]))
class P:
    x, y = 1, 2
print("{0.x},{0.y}".format(P()), "{p.x}".format(p=P()), "{!r} {!s} {!a}".format("é", "é", "é"))
print("{:>8}|{:<8}|{:^8}|{:*^8}|{:08.3f}".format("r", "l", "c", "s", 3.14159))
print("{:{w}.{p}f}".format(2.71828, w=10, p=3), "{:{}}".format("x", 4) + "|", "{{}} {{{}}}".format("in"))
print("{0:,} {0:_} {0:,.2f} {1:_b} {1:_x}".format(1234567.891, 2 ** 20))
print(format(1234, ","), "{:n}".format(1234), "{:%}".format(0.25), "{:.1%}".format(1 / 3))
for fmt, args, kw in [("{}", (), {}), ("{0} {}", (1, 2), {}), ("{} {0}", (1, 2), {}), ("{x}", (), {}), ("{0[5]}", ([1],), {}), ("{0.nope}", (1,), {}), ("{!x}", (1,), {}), ("{:d}", ("s",), {}), ("{", (), {}), ("}", (), {}), ("{0:{1}}", (1,), {}), ("{:=}", ("s",), {}), ("{:,s}", ("s",), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("{0:b} {0:o} {0:x} {0:X} {0:#b} {0:#o} {0:#x} {0:c}".format(65))
print("{:e} {:E} {:g} {:G} {:.3g} {:.0e}".format(1234.5, 1234.5, 1e-7, 1e20, 1234.5, 5.5))
print("{:+} {:+} {: } {:-}".format(5, -5, 5, -5), "{:=+8.2f}".format(-3.1), "{:#.0f}".format(3))
print("{:10}|{:<10}|{:10}|".format(5, 5, "s"), "{:^10.3}|".format("abcdef"))
d = {"a": 1}
print("{a}".format_map(d), "{0}".format(*["only"]), "{x}{y}".format(**{"x": 1, "y": 2}))

# printf-style % formatting.
print("%s %r %a" % ("é", "é", "é"))
print("%d %i %u %5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o %08.3f %.2e %E %g %G %%" % (255, 255, 255, 255, 8, 8, 3.14159, 12345.678, 0.000123, 1e-5, 1e20))
print("%c%c %s" % (65, "B", None), "%.3s|%5.1s|" % ("abcdef", "xyz"), "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%(x)r" % {"x": [1]})
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (1, 2), "no args" % (), "%s" % {"a": 1})
print("%d" % 3.99, "%f" % 1, "%s" % 1.0, "%r" % 1e16, "%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%i" % True)
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(k)s", 5), ("%c", 1114112), ("%c", "ab"), ("%(a)s %s", {"a": 1}), ("%", ()), ("%d", [])]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print(b"%s %d %x %b" % (b"bytes", 5, 255, b"raw"), b"%c" % 65, b"%r" % "s" if False else b"%a" % "é")
print("%-10s|%10s|" % ("left", "right"), "%5.2f%%" % 99.5, "%x" % -255, "%o" % -8, "%e" % 0)
print("%s" % "%s", "%%s" % (), "%5s|%-5s|" % (True, None))

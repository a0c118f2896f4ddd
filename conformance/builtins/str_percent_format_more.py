# printf-style % formatting for str: flags, width/precision from *, mapping keys, every conversion, errors.
print("%5d|%-5d|%05d|%+d|% d|%x|%#X|%o|%#o|%e|%.2E|%g|%G|%10.3f|%-10.1f|%c|%c|%r|%a|%%" % (42, 42, 42, 42, 42, 255, 255, 8, 8, 12345.678, 0.00012, 1e-5, 1e20, 3.14159, 2.5, "x", 9731, "s", "é"))
print("%*d|%-*d|%.*f|%*.*s" % (5, 1, 5, 2, 2, 3.14159, 6, 2, "abcdef"), "%(a)s-%(b)05.1f" % {"a": "A", "b": 2.25}, "%s" % [1], "%s %s" % ("a", "b"), "%d" % 3.99, "%i" % True, "%u" % -5)
print("%s" % (1,), "%s" % ((1, 2),), "%.3s" % "abcdef", "%5s|%-5s" % ("ab", "ab"), "%x" % -255, "%#x" % 0, "%.0f %.0f" % (0.5, 1.5), "%g" % 100000, "%g" % 1000000, "%#g" % 1.0, "%e" % 0)
for fmt, args in [("%d", "x"), ("%d", ()), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", 1), ("%(k)s", {}), ("%c", "ab"), ("%c", 0x110000), ("%x", 1.5), ("%", ()), ("%(a", {"a": 1}), ("%*d", ("x", 1)), ("%f", "1")]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)

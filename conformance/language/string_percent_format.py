# printf-style % formatting on str.
print("%s %r %d %i %5.2f %-5s| %05d %x %X %o %e %g %%" % ("s", "r", 1, 2, 3.14159, "ab", 42, 255, 255, 8, 1234.5, 0.00001))
print("%(name)s is %(age)d" % {"name": "ann", "age": 30})
print("%c%c" % (65, "B"), "%5s|%-5s|" % ("r", "l"), "%.3s" % "abcdef", "%*d" % (5, 42), "%+d % d" % (5, 5))
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),))
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(k)s", 1), ("%c", 1.5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print("%#x %#o %.0f %10.4e" % (255, 8, 2.5, 12345.678))
print("%a" % "é", "%r" % "é")

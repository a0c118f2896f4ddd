# %-formatting of numbers: precision on ints, %c with ints, %r/%a of objects, special floats, big ints.
print("%.3d|%5.3d|%-+6d|%x|%X|%#o" % (7, -7, 3, 2**70, -(2**70), 0), "%.2f|%.0e|%G|%.3g" % (float("inf"), float("-inf"), float("nan"), 1e-10))
print("%c%c%c" % (72, "i", 0x1F600), "%r %a %s" % ("é", "é", b"b"), "%5.1s|" % "xyz", "%(x)r %(x)s" % {"x": "q"}, "%-8.3f|" % 3.14159, "% 05d" % 42, "%+.1e" % -0.0)
print("%d" % 10**30, "%i" % -(10**25), "%o" % 10**20, "%e" % 10**30, "%f" % 2**70, "%s %s" % (b"x", bytearray(b"y")), "%%%s%%" % "p")
class Idx:
    def __index__(self): return 65
class Flt:
    def __float__(self): return 1.5
print("%d %x %c" % (Idx(), Idx(), Idx()), "%f %.1e" % (Flt(), Flt()), "%s" % Idx.__name__)
for fmt, arg in [("%d", Flt()), ("%x", 1.0), ("%c", -1), ("%.1000000000000f", 1.0), ("%f", None)]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)

# bytes %-formatting (PEP 461): allowed conversions and errors.
print(b"%d %i %x %X %o %c %%" % (42, -3, 255, 255, 8, 65))
print(b"%s and %b" % (b"bytes", bytearray(b"ba")), b"%5s|%-5s|" % (b"r", b"l"), b"%.2s" % b"abcdef")
print(b"%r" % "str", b"%a" % "\u00e9", b"%a" % b"x", b"%s" % memoryview(b"mv"))
print(b"%f %.2f %e %g" % (1.5, 2.345, 1000.0, 0.0001), b"%05d %+d % d" % (7, 7, 7), b"%(name)s=%(val)d" % {b"name": b"k", b"val": 1})
for fmt, args in [(b"%s", "text"), (b"%s", 5), (b"%d", b"1"), (b"%c", 256), (b"%c", b"ab"), (b"%z", 1), (b"%s %s", (b"a",)), (b"%", ())]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(bytearray(b"%d-%d") % (1, 2), type(bytearray(b"%s") % b"x").__name__, b"no format" % ())
class HasBytes:
    def __bytes__(self):
        return b"custom"
print(b"%s" % HasBytes(), b"%b" % HasBytes())

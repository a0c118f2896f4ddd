# bool in formatting and conversions: format specs, %-formats, int/float/complex of bools, sums and counts.
print(format(True, ""), format(True, "d"), format(True, "5"), format(False, "<5") + "|", format(True, ".2f"), format(True, "x"), format(True, "b"), "%d%s%r%f" % (True, False, True, True))
print(int(True), float(True), complex(True), str(True), repr(False), bool("False"), sum([True, True, False]), [True, False].count(1), True + 0.5, divmod(True, True))
print(True.as_integer_ratio(), True.bit_count(), True.to_bytes(1, "big"), bool.from_bytes(b"\x05", "big"), int.__repr__(True), type(True + True).__name__, abs(True), type(abs(True)).__name__)
for f in [lambda: bool.__new__(int), lambda: True.real.imag.x, lambda: format(True, "s")]:
    try:
        print(f())
    except (TypeError, AttributeError, ValueError) as e:
        print(type(e).__name__, e)

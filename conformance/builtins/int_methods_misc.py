# int methods: as_integer_ratio, is_integer, conjugate, real/imag, numerator/denominator.
for n in [0, 7, -7, 2**90, True]:
    print(n.as_integer_ratio(), n.is_integer(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator, type(n.real).__name__)
print(int.bit_length(8), int.bit_count(7), (10).__sizeof__() > 0, int.__name__, int.__qualname__, int.__module__)
for bad in [lambda: (5).real.__set__, lambda: setattr(5, "real", 1), lambda: setattr(5, "x", 1), lambda: (5).is_integer(1), lambda: int.bit_length()]:
    try:
        print(bad())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(abs(-5), abs(True), -True, +True, -(2**70), abs(-(2**70)), (-5).__abs__(), (5).__neg__(), (0).__bool__(), (3).__bool__())
print(int.from_bytes(b"\x01\x00", "big") == 256, (256).__format__("x"), (5).__index__(), int() , int(0))

# int.bit_length / bit_count / is_integer / as_integer_ratio / conjugate over signs and sizes.
for v in [0, 1, -1, 7, -8, 255, 2 ** 63 - 1, -(2 ** 63), 2 ** 64, 2 ** 1000 - 1, -(2 ** 1000), True, False]:
    print(v if abs(v) < 2 ** 70 else "big", v.bit_length(), v.bit_count(), v.is_integer(), v.as_integer_ratio() == (v, 1), v.conjugate() == v)
print(type((5).as_integer_ratio()[0]).__name__, type(True.as_integer_ratio()[0]).__name__, (-5).numerator, (5).denominator, (3).real, (3).imag)
class I(int):
    pass
print(type(I(5).as_integer_ratio()[0]).__name__, type(I(5).conjugate()).__name__, type(+I(5)).__name__, type(I(5).real).__name__)
for bad in [lambda: (1).bit_length(1), lambda: int.bit_count("1"), lambda: int.bit_length()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

# complex numbers: construction, arithmetic, repr, attributes, errors.
z = complex(3, 4)
print(z, repr(z), z.real, z.imag, abs(z), z.conjugate(), -z, +z)
print(complex(), complex(1), complex(1.5, -2), complex("1+2j"), complex(" 3-4j "), complex("j"), complex("-1.5e2j"), complex(2j, 1j))
print(1j * 1j, (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), (1 + 1j) ** 2, 2 ** (1j), (1j) ** 0)
print(repr(complex(0, 0)), repr(complex(-0.0, -0.0)), repr(complex(1, -0.0)), repr(0j), repr(-1j), complex(float("inf"), float("nan")))
print(1 + 2j == complex(1, 2), 1 + 0j == 1, (1 + 0j) == 1.0, hash(1 + 0j) == hash(1))
for bad in [lambda: (1 + 2j) < (2 + 3j), lambda: int(1j), lambda: float(1j), lambda: 1j // 1, lambda: 1j % 1, lambda: complex("1+"), lambda: complex("1", 2), lambda: 1 / 0j, lambda: divmod(1j, 1), lambda: round(1j)]:
    try:
        print(bad())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(type(1j).__name__, isinstance(1j, complex), complex.__mro__, (2 + 3j).__format__(""))
print(f"{1 + 2j:.2f}", format(3 - 4j, ">12"), f"{1j:g}", "{:.1e}".format(10 + 2j))
import cmath
print(cmath.sqrt(-1), cmath.phase(-1), round(cmath.polar(1j)[1], 6), cmath.exp(0j), abs(cmath.rect(2, 0)))
print(complex(1e300, 1e300) * 10, abs(complex(3e300, 4e300)))
print(0j ** 0, (0j) ** 2)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# complex attributes and methods: real/imag read-only, conjugate, __getnewargs__, comparisons, bool, hashing.
z = complex(1.5, -2)
print(z.real, z.imag, z.conjugate(), z.__getnewargs__(), bool(z), bool(0j), bool(complex(0, -0.0)), z == complex(1.5, -2.0), z != 1.5)
for f in [lambda: setattr(z, "real", 1), lambda: setattr(z, "imag", 1), lambda: delattr(z, "real"), lambda: z.foo, lambda: z > 0, lambda: z.conjugate(1)]:
    try:
        print(f())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(hash(complex(2, 0)) == hash(2), hash(complex(0.5, 0)) == hash(0.5), abs(complex(-3, 4)), abs(complex(float("inf"), float("nan"))), complex.__name__, type(z.real).__name__)
print(1j.imag, (1 + 0j).real, (2 + 3j) * 1j, 1j * 1j == -1, (1e-320j).imag, complex(5).imag)

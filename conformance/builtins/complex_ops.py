# complex arithmetic, division, powers, conversions and the error texts.
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, a ** b, abs(a), -a, +a, a.conjugate(), a == 3 + 4j, a != b)
print(1j ** 2, (1 + 1j) ** 10, 2 ** 1j, (0 + 0j) ** 0, (-1 + 0j) ** 0.5, complex(2, 0) ** -1, 1 / (1 + 1j))
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 2 / a, a == 3, (3 + 0j) == 3, (3 + 0j) == 3.0, a + True)
for f in [lambda: a / 0, lambda: a / 0j, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: a // 2, lambda: a % 2, lambda: divmod(a, 2), lambda: a < b,
          lambda: int(a), lambda: float(a), lambda: complex(10**400), lambda: (1e200 + 1e200j) ** 2, lambda: a ** 10**400]:
    try:
        print(f())
    except (ZeroDivisionError, TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(a.real, a.imag, type(a.real).__name__, complex.__mro__, hash(3 + 0j) == hash(3))

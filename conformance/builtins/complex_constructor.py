# complex() from numbers, strings, objects with __complex__/__float__/__index__; error texts.
print(complex(), complex(2), complex(2.5, -1), complex("3"), complex("-2j"), complex("1e3+1e-3j"), complex(" (1+2j) "), complex("inf-nanj"), complex("J"))
print(complex(1j, 1j), complex(1 + 1j, 2), complex(real=1, imag=2), complex(True, False), complex("1_0+2_0j"))
class C:
    def __complex__(self): return 5 + 1j
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 3
print(complex(C()), complex(F()), complex(I()), complex(F(), I()))
for bad in [lambda: complex("1+"), lambda: complex("1 + 2j"), lambda: complex("(1+2j"), lambda: complex(""), lambda: complex("1", 2), lambda: complex(1, "2"),
            lambda: complex(None), lambda: complex([]), lambda: complex("1j+1"), lambda: complex("1__0j"), lambda: complex(1, 2, 3)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class D(complex):
    pass
d = D(1, 2)
print(type(d).__name__, d, d + 1, type(d + 1).__name__, repr(D()), complex(d) == d)

# complex() parsing: spaces, signs, j forms, infinities, underscores, and errors.
for s in ["1+2j", " 1-2j ", "(1+2j)", "j", "-j", "+1j", "1e3j", "1.5e-3-2.5E+2j", "inf+nanj", "-infj", "1_0+2_0j", "( 3j )",
          "0x1", "1+", "1+2", "j1", "1 + 2j", "1+2jj", "()", "", "1_+2j", "(1+2j", "nanj", "1e", "\u0661+\u0662j"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
print(complex(1, 2), complex("3"), complex(1.5), complex(1j, 1j), complex(real=1, imag=-0.0), complex(), complex(False, True))
for bad in [lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex(None), lambda: complex([]), lambda: complex(b"1")]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
class C:
    def __complex__(self):
        return 5j
class Bad:
    def __complex__(self):
        return 5
print(complex(C()), complex(C(), 1))
try:
    complex(Bad())
except TypeError as e:
    print("TypeError", e)

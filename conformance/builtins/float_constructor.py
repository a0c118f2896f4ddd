# float() from str/int/objects: accepted spellings, underscores, errors, __float__/__index__.
for s in ["1.5", " -2.5e3 ", "1_000.5", "inf", "-INF", "Infinity", "nan", "-nan", "+.5", "5.", "1e-400", "1e400", "0x10", "1__0", "1_", "", "e5", ".", "1e", "--1", "in f"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
class A:
    def __float__(self): return 2.5
class B:
    def __index__(self): return 3
class C:
    def __float__(self): return "x"
print(float(A()), float(B()), float(True), float(10**20), float(b"1.25"), float(bytearray(b"2")), float())
for bad in [lambda: float(C()), lambda: float(None), lambda: float([]), lambda: float(1j), lambda: float(x=1), lambda: float(10**400)]:
    try:
        print(bad())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

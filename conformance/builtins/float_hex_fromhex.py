# float.hex and float.fromhex, including subnormals, specials, and parse errors.
for v in [0.0, -0.0, 1.0, -1.5, 0.1, 1e308, 5e-324, 2.5e-310, 3.14159, float("inf"), float("-inf"), float("nan"), 2**52 + 0.5]:
    print(repr(v), v.hex())
for s in ["0x1.8p1", "-0x1p-1074", "0x1.fffffffffffffp+1023", "0X1P0", "  0x.8p1  ", "0x1", "inf", "-Infinity", "nan", "0x1.000000000000001p0", "0x3.0p0", "1.5", "0x1p-1080"]:
    print(s.strip(), float.fromhex(s))
for s in ["0x", "0x1p", "x1", "", "0x1.8p+", "0x1pz", "0x1p99999", "0x1.0p1024"]:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
class F(float):
    pass
print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"))

# float.fromhex: forms, whitespace, subnormals, rounding, overflow and syntax errors; float.hex round trips.
for s in ["0x1p0", "0X1.8P+1", "-0x.8p1", "0x1.fffffffffffff0p1023", "0x1p-1074", "0x1p-1075", "0x1.8p-1074",
          "0x3p-1076", " 0x1p4 ", "inf", "-Infinity", "nan", "0x0p0", "-0x0p0", "0x1.0000000000000800p0",
          "0x1.0000000000000801p0", "0xabc", "0x.1", "0x1."]:
    print(repr(s), repr(float.fromhex(s)))
for s in ["0x1p1024", "0x1.fffffffffffffcp1023"]:
    try:
        print(float.fromhex(s))
    except OverflowError as e:
        print(repr(s), "OverflowError", e)
for s in ["", "0x", "1p", "0x1p", "0x1q1", "0x1.2.3", "- 0x1", "0x1p1.5", "infinit"]:
    try:
        print(float.fromhex(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for x in [0.0, -0.0, 1.0, 0.1, -2.5, 5e-324, 1.7976931348623157e308, float("inf"), float("nan")]:
    print(repr(x), x.hex(), float.fromhex(x.hex()) == x or x != x)
class F(float):
    pass
print(type(F.fromhex("0x1p1")).__name__)
try:
    float.fromhex(1)
except TypeError as e:
    print("TypeError", e)

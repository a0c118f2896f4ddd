# float -> str -> float round trips, float.__format__ corner cases, and %-formatting of floats.
import math
values = [0.1, 1/3, 2/3, 1e-10, 123456789.987654321, 5e-324, 1.7976931348623157e308, 2.0 ** 0.5, math.pi * 1e20, -1.5e-7]
for v in values:
    r = repr(v)
    print(r, float(r) == v, f"{v:.17g}", f"{v:.3e}", f"{v:g}", "%.10f" % v if abs(v) < 1e15 else "%.3g" % v)
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {3.5:.0f} {-0.5:.0f}", "%.0f %.0f" % (0.5, 1.5))
print(f"{1.25:.1f} {1.35:.1f} {2.675:.2f} {1.0:.20f}")
print(f"{123.456:010.2f} {-123.456:+012.3f} {1e10:,.1f} {1234.5:_.3f} {0.000001234:.3g} {123456789:e}")
print(f"{float('inf'):10.2f}|{float('-inf'):<8}|{float('nan'):+}|{float('nan'):^7.1f}|{-0.0:g}|{0.0:+g}")
print(format(1e16, ""), format(1e16, "g"), format(1e16, ".20g"), format(12345.0, ".2g"), format(0.0001, "g"), format(0.00001, "g"))
print(str(1e16), str(9999999999999998.0), str(1e-4), str(1e-5), repr(100000000000000000000.0))
print(float.fromhex((3.14).hex()) == 3.14, (0.1).hex(), float.fromhex("0x1.999999999999ap-4"), float.fromhex("0X1P+10"), float.fromhex(" 0x.8 "))
print(math.isclose(sum([0.1] * 3), 0.3), round(0.1 + 0.2, 10) == 0.3, 0.1 + 0.2 == 0.3)
print("%e %E %f %F %g %G" % (1234.5, 1234.5, float("inf"), float("nan"), 1e-5, 1e20))
print("%10.4f|%-10.2e|%+.3g|% .1f" % (math.e, 12345.678, 0.0001234, 2.25))
print(float("1" + "0" * 30), float("0." + "0" * 30 + "1"), float("1e-400"), float("123456789012345678901234567890"))

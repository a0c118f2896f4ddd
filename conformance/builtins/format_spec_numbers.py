# format() mini-language for int, float and str, including edge cases.
ints = [0, 7, -7, 255, 1234567, -1234567]
specs = ["", "d", "5d", "<5", "^6", ">+6", "=+6", "06", "x", "#x", "#X", "o", "#o", "b", "#010b", ",", "_", "_x", "c", "e", ".2f", "%", "n", " d"]
for s in specs:
    print(repr(s), [format(i, s) if not (s == "c" and not 0 <= i < 0x110000) else "-" for i in ints])
floats = [0.0, -0.0, 1.5, -2.25, 1234.5678, 1e-7, 1e16, float("inf"), float("nan"), 2.5, 3.5]
fspecs = ["", "f", ".0f", ".1f", "10.3f", "<10.2f", "^10", "+.2e", "E", "g", ".3g", "G", "%", ".1%", ",.2f", "_f", "08.2f", "#.0f", "z.1f", ".2", "#g", "n", "=10.1f"]
for s in fspecs:
    print(repr(s), [format(f, s) for f in floats])
for s in ["", "5", "<5", ">5", "^5", "*^7", ".2", "10.3", "s", "=^5"]:
    print(repr(s), repr(format("abc", s)))
for v, s in [("abc", "d"), (1.5, "d"), (5, "s"), ("x", "=5"), (5, ".2d"), (5, "z"), ("s", "+"), (1, ",_"), (-1, "c"), (1.5, "c"), (True, "s")]:
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(format(True, "d"), format(True, ""), format(True, ">5"), format(None), format(None, ""))

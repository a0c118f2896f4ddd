# format() mini-language for float: e/f/g/%/n/none types, precision, alternate form, z flag, specials.
vals = [0.0, -0.0, 1.5, -1234.5678, 1e-7, 1e16, 123456789.0, 0.1, float("inf"), float("-inf"), float("nan")]
specs = ["", "f", ".2f", "e", ".3E", "g", ".3g", "G", "%", ".1%", "#g", "#.0f", ".0e", "+.2f", " .1f", "z.1f", "10.3f", "<12.2e", "^12g", "012.3f", "=+12.1f", ",.2f", "_.3f", "n"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print(format(1e100, ".2f")[:20], format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(1.0, ".15g"), format(1 / 3, ".20f"), format(123.0, ".2g"), format(1e-5, ""), format(1e16, ""))
for s in ["d", "c", "x", "s", ",d", ".-1f", "=", "b"]:
    try:
        print(repr(s), format(2.5, s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)

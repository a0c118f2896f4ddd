# complex repr/str with signed zeros, specials, and format() with the mini-language.
vals = [0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), 1j, complex(1, -0.0), complex(1e20, 1e-20), complex(float("nan"), float("inf")), complex(1.5, 2.25)]
for z in vals:
    print(repr(z), str(z), format(z, ""), format(z, ".2f"), format(z, "g"))
z = 3.14159 - 2.71828j
print(f"{z:.3f}|{z:>25}|{z:<25}|{z:^25.2e}|{z:+.1f}|{z:10.2g}|{z:.0f}")
print(format(1j, ".1f"), format(complex(0, 0), ".1f"), format(2 + 0j, ""), format(1e300 + 1e300j, ".3e"))
for spec in ["=10", "010", "%", "d", "c", "b", "x", "abc"]:
    try:
        print(format(z, spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)

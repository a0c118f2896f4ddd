# complex __format__: default vs empty type, precision, sign handling of both parts, z flag, errors.
for z in [1 + 2j, -1.5 - 0.25j, complex(0, -0.0), complex(-0.0, 1), 1e10 + 1e-10j, complex(float("inf"), -float("nan"))]:
    print(format(z, ""), format(z, ".3"), format(z, "+.2f"), format(z, " .1e"), format(z, "z.0f"), format(z, "g"), format(z, "20.2f") + "|", format(z, "*<22.1f"))
for spec in ["0", "=", "%", ",d", "c"]:
    try:
        print(format(1 + 1j, spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)

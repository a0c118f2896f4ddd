# format(): invalid specs per type and CPython's messages; specs every type rejects.
cases = [(1, "s"), (1, ".2"), (1, "c"), (2 ** 70, "c"), (-1, "c"), (1.5, "d"), (1.5, "x"), ("s", "d"), ("s", "+"),
         ("s", "="), ("s", ","), (1j, "="), (1j, "%"), (1j, "0"), (True, "s"), (None, "d"), ([], "x"), (object(), "10"),
         (1, ",_"), (1, "_,"), (1.0, ",n"), (1, "z"), ("s", "z"), (1.5, "zd"), (1, "#s"), (1, "<<<"), (1, "1111111111111111111111")]
for v, spec in cases:
    try:
        print(repr(spec), repr(format(v, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(spec), type(e).__name__, e)
print(format(65, "c"), format(True, "d"), format(False, ""), format(None, ""), format(1.0, "z.1f"), format(-0.0, "z"))
print(format(-0.00001, "z.2f"), format(1234567, "_x"), format(10 ** 6, ",d"), format(255, "#_b"), format("x", "^5"))

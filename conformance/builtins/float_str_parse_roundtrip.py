# float(repr(x)) == x for many values, including random-looking bit patterns; repr lengths minimal.
vals = []
seed = 12345
for _ in range(300):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    e = (seed % 600) - 300
    vals.append(float(f"{seed >> 11}e{e}"))
bad = [v for v in vals if float(repr(v)) != v]
print(len(vals), bad)
print([repr(v) for v in vals[:8]])
print(float("0.30000000000000004") == 0.1 + 0.2, repr(1 / 3 * 3), repr(2 ** -1074), repr(2.0 ** 1023 * 1.999), float("1.7976931348623157e308") == 1.7976931348623157e308)

# bit_length, bit_count, shifts, ~, & | ^ on big and negative ints, shift errors.
for n in [0, 1, -1, 255, -256, 2**64, -(2**64) + 1, 12345678901234567890]:
    print(n, n.bit_length(), n.bit_count(), ~n, n << 3, n >> 3, n & 0xFF, n | 0x100, n ^ -1)
print(1 << 100, (1 << 100) >> 99, -1 >> 1000, 5 >> 64, -5 >> 64, 0 << 10000)
for a, b in [(1, -1), (-1, -5), (2**100, -1)]:
    for op in ("<<", ">>"):
        try:
            print(eval(f"a {op} b"))
        except ValueError as e:
            print(op, type(e).__name__, e)
for bad in [lambda: 1 << 2.0, lambda: 1 & 1.0, lambda: ~1.5, lambda: "a" | 1]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(True & False, True | 2, True ^ True, type(True & True).__name__, type(True & 1).__name__)

# Integer arithmetic beyond 64 bits, mixed with small ints, and conversions.
big = 2 ** 64
print(big, big - 1, -big, big * big, big // 3, big % 7, -big // 3, -big % 7)
print(big >> 3, big << 3, big & 0xFFFF, big | 1, big ^ big, ~big)
print(divmod(-big, 5), pow(3, 100, 7), pow(2, -1, 7), abs(-big))
print(int("9" * 30) + 1, int("-0x" + "f" * 20, 16), bin(big), hex(-big), oct(big))
print(big == 2.0 ** 64, big < float("inf"), big + 0.5, float(big), 10 ** 20 / 10 ** 10)
print((2 ** 63).bit_length(), (-2 ** 63).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(round(123456789, -3), round(-2.5), round(2.675, 2), 7 // 2 * 2 + 7 % 2)
print(9223372036854775807 * 2, -9223372036854775808 - 1, -(-9223372036854775808))
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(e)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    int("12a")
except ValueError as e:
    print(e)
try:
    2 ** 10000 * 1.0
except OverflowError as e:
    print(e)

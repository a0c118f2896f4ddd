# Rounding when converting between int and float, and correctly-rounded true division.
for n in [2 ** 53 + 1, 2 ** 53 + 3, 2 ** 54 + 2, 2 ** 63 - 1, 10 ** 16 + 1, -(2 ** 53 + 1), 2 ** 1023 * 1]:
    print(n, float(n), int(float(n)) - n)
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
print(float(2 ** 1024 - 2 ** 971), 2 ** 1024 - 2 ** 971 == int(float(2 ** 1024 - 2 ** 971)), float(2 ** 1024 - 2 ** 970 - 1))
print(10 ** 30 / (10 ** 29 + 1), (2 ** 53 + 1) / 1, 1 / 3, (10 ** 400) / (10 ** 399), (-7) / 2, 7 / -2, 1 / -(10 ** 400))
print(int(1e300) == 10 ** 300, int(1e300) % 10 ** 10, int(-1.999999), int(1.9999999999999999), int(2.5e-300))
print(round(2 ** 60 + 0.5) == 2 ** 60, round(1.5), round(2.5), round(-1.5), round(0.5 + 2 ** -53), round(1e22), round(12345.6789, -3), round(-0.0), round(0.0, 2))
print(7 // 2.0, -7 // 2.0, 7 % -2.0, (2 ** 64) // 3.0, float(2 ** 64) % 3, divmod(2 ** 70, 1.5))
print((0.1).as_integer_ratio(), (2.0 ** -1074).as_integer_ratio()[1].bit_length(), float.fromhex("0x1p-1074") == 5e-324, 5e-324 / 2, 2.0 ** -1075)

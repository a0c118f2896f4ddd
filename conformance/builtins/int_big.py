# Arbitrary-precision integers.
a = 2 ** 200
b = 3 ** 120
print(a)
print(b)
print(a + b, a - b)
print(a * b)
print(a // b, a % b, divmod(-a, b))
print(a // 7, -a // 7, a % 7, -a % 7)
print(pow(a, 3, 10 ** 30), pow(b, -1, 1000003))
print(a.bit_length(), (a - 1).bit_count(), -a >> 195, a >> 199, 1 << 150)
print(a & (b - 1), a | 12345, a ^ b, ~a)
print(factorial := 1)
for i in range(1, 51):
    factorial *= i
print(factorial)
print(str(factorial)[:10], len(str(factorial)), hex(factorial)[:20], oct(2 ** 100), bin(2 ** 70))
print(int("9" * 60) + 1, int("-" + "1" * 40, 2))
print(a / b, float(a), a > 1e60, a == float(a), 10 ** 400 > 1e308)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print(type(e).__name__, e)
print((10 ** 400) // (10 ** 398), 10 ** 400 / 10 ** 399)
print(sum(range(10 ** 6)), (2 ** 64 - 1) * (2 ** 64 + 1) == 2 ** 128 - 1)
print(abs(-a) == a, -a < -b, max(a, b) == a, sorted([b, a, -a])[0] == -a)
print((12345678901234567890).to_bytes(9, "big"), int.from_bytes(b"\x01" * 12, "little"))
print(round(123456789012345678901234567890, -20), 7 ** 77 % 1000)

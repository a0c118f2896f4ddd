# Arbitrary-size arithmetic: factorials, powers, mixed signs, conversion to float overflow.
f = 1
for i in range(1, 60):
    f *= i
print(f, f % 1000007, f // 10**70, -f // 7, f.bit_length())
a = 3**200
b = -(7**150)
print(a + b, a - b, a * b % 10**20, a // b, a % b, divmod(b, a)[0], abs(b) % 97)
print(float(2**1023), float(-(2**1023)), float(2**1023 + 2**970))
for x in [2**1024, -(2**1024), 10**400]:
    try:
        print(float(x))
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    print(2**1024 * 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
print(sum(range(10**6)), sum(i * i for i in range(1000)), 2**64 - 1 == 18446744073709551615, (1 << 200) - (1 << 199) == 1 << 199)

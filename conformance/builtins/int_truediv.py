# int / int gives a correctly rounded float, even for huge operands.
print(7 / 2, -7 / 2, 1 / 3, 2 / 3, 10**20 / 10**10, 2**200 / 2**199, (2**53 + 1) / 1)
print(10**400 // 10**399, 10**400 / 10**399, 1 / 10**400, -1 / 10**400)
for a, b in [(1, 0), (10**400, 1), (1, 10**400), (-(10**400), 3)]:
    try:
        print(a / b)
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
print(6 / 3, type(6 / 3).__name__, (2**1000 + 1) / 2**999, 123456789 / 1000)

# Basics: print and integer/float arithmetic with names.
print(1 + 2)
print(7 - 10, 6 * 7, 7 / 2, 7 // 2, 7 % 3, 2 ** 8)
x = 10
y = 3
print(x + y, x - y, x * y, x / y, x // y, x % y, -x, +y)
print("result:", x * y + 1)
print(1.5 + 2, 0.1 * 3, 10 / 5)
print()
print("done")

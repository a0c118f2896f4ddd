# Floor division, modulo, and true division of negatives, floats and mixed types.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (1, 3), (2 ** 70, 3), (-(2 ** 70), 7)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(5 % 0.3, -5 % 0.3, 0.0 // 1, -0.0 // 1, (-1) // 10, -1 % 10)
print(True / 2, True // 2, 10 / True, 3 // 1.0, type(3 // 1.0).__name__)
print(round(7 / 3, 5), 1 / 3 * 3 == 1.0, 0.1 * 3)

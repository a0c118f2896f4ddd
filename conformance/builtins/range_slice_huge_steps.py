# range slicing with huge and negative steps, big bounds, index/count/contains on slices.
r = range(0, 100, 3)
for s in [slice(None, None, 10 ** 20), slice(None, None, -(10 ** 20)), slice(10 ** 30, None, -1), slice(-(10 ** 30), 5),
          slice(5, 1, -2), slice(None, None, -1), slice(1, -1, 7), slice(0, 0)]:
    x = r[s]
    print(s, x, len(x), list(x)[:5])
big = range(-10 ** 30, 10 ** 30, 7 * 10 ** 25)
print(big[::-1][:3], big[10 ** 3:], big[2::10 ** 10], len(big[::3]))
print(range(10)[::-(2 ** 80)], range(10)[2 ** 80:], range(-5, 5)[-(2 ** 80):3])
print((10 ** 30 - 7 * 10 ** 25 * 2) in big, big.index(-10 ** 30 + 7 * 10 ** 25), big.count(0), big[5:10].count(big[7]))
try:
    range(10)[::0]
except ValueError as e:
    print("ValueError", e)
try:
    len(range(10 ** 30))
except OverflowError as e:
    print("OverflowError", e)
print(range(10 ** 30)[::10 ** 29], range(0, -10, -3)[1:], range(5)[-100:100:2])

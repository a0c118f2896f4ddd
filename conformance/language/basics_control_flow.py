# Basics: if/elif/else, while, for with range, break and continue.
for i in range(5):
    if i == 0:
        print(i, "zero")
    elif i % 2 == 0:
        print(i, "even")
    else:
        print(i, "odd")
n = 0
while n < 3:
    n += 1
print("n =", n)
for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    print("loop", i)
print(list(range(3)), list(range(2, 8, 2)), list(range(5, 0, -1)))
x = 7
print("big" if x > 5 else "small", x > 5 and x < 10, not x)

# while loops with else, break, continue.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("body", i)
else:
    print("else ran, i =", i)

i = 0
while True:
    i += 1
    if i > 3:
        break
print("broke at", i)

def search(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print(target, "not found")

search([4, 5, 6], 5)
search([4, 5, 6], 7)
search([], 1)

n = 0
while n < 3:
    m = 0
    while m < 3:
        if m == n:
            break
        m += 1
    else:
        print("inner else never for n <", 3)
    print("n", n, "m", m)
    n += 1

count = 0
while count < 3:
    count += 1
else:
    print("else after normal exit", count)
x = 0
while x < 10:
    x += 1
    if x % 2:
        continue
    if x == 8:
        break
else:
    print("not printed")
print("x", x)

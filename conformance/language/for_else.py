# for loops over various iterables, else/break/continue, loop variable leakage.
for i in range(3):
    print("i", i)
else:
    print("done, i =", i)

for ch in "abc":
    if ch == "b":
        continue
    print(ch)

for k in {'x': 1, 'y': 2}:
    print("key", k)

for k, v in {'x': 1, 'y': 2}.items():
    print(k, v)

for n in [2, 3, 4, 5, 6, 7, 8, 9]:
    for d in range(2, n):
        if n % d == 0:
            print(n, "equals", d, "*", n // d)
            break
    else:
        print(n, "is prime")

for x in []:
    print("never")
else:
    print("empty else")

for idx, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(idx, a + b)

lst = [1, 2, 3]
for item in lst:
    if item == 2:
        lst.append(4)
    print(item)
print(lst)
try:
    for z in 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
for q in range(5):
    pass
print("leaked", q)

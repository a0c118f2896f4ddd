# for/while else with break, continue, exceptions and empty iterables.
for i in []:
    print("never")
else:
    print("empty for else")
for i in range(3):
    if i == 5:
        break
else:
    print("no break, i =", i)
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
    if n == 2:
        continue
else:
    print("while else", n)
while True:
    break
else:
    print("not printed")
def search(items, target):
    for idx, item in enumerate(items):
        if item == target:
            return idx
    else:
        return -1
print(search("abc", "c"), search("abc", "z"))
try:
    for i in range(3):
        if i == 1:
            raise ValueError(i)
    else:
        print("not printed")
except ValueError as e:
    print("exception skips else", e)
for i in range(2):
    for j in range(2):
        if j:
            break
    else:
        print("inner else")
    print("outer", i)
x = 0
for x in range(0):
    pass
print(x)
for k in {"a": 1, "b": 2}:
    print(k, end=" ")
print()

# while loops: complex conditions, walrus, nested breaks, else with continue.
data = [3, 1, 4, 1, 5, 9, 2, 6]
i = 0
while i < len(data) and data[i] != 9:
    i += 1
print("found 9 at", i)
stack = [1, [2, [3, [4]]]]
depth = 0
while isinstance(stack, list) and stack:
    depth += 1
    stack = stack[-1]
print(depth, stack)
it = iter(data)
while (v := next(it, None)) is not None:
    if v == 5:
        break
print("stopped at", v)
n = 10
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
outer = 0
while outer < 3:
    inner = 0
    while True:
        inner += 1
        if inner > outer:
            break
    outer += 1
else:
    print("while else reached", outer, inner)
count = 0
while count < 5:
    count += 1
    if count % 2:
        continue
    print("even", count)

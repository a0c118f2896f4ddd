# Assignment expressions (:=).
data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
values = iter([3, 2, 1, 0, 5])
while (v := next(values)) != 0:
    print("value", v)
print((a := 10) + a)
print(a)
def f():
    return (inner := "local to f"), inner
print(f())
total = 0
print([total := total + x for x in range(5)], total)
print({(k := c): k * 2 for c in "ab"}, k)
import re
if m := re.match(r"(\d+)-(\d+)", "12-34"):
    print(m.groups())
def g(x):
    return x if (r := x % 3) else -r
print([g(i) for i in range(5)])
print(f"{(w := 5)} {w}")
print(any((hit := x) > 10 for x in data), hit)
print(all((miss := x) < 10 for x in data), miss)

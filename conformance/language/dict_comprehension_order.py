# Dict/set comprehensions: key/value evaluation order, duplicates, nested.
order = []
def k(x):
    order.append(("k", x))
    return x
def v(x):
    order.append(("v", x))
    return x * 10
d = {k(i): v(i) for i in range(2)}
print(d, order)
order.clear()
literal = {k(1): v(1), k(2): v(2)}
print(order)
print({x % 3: x for x in range(10)})
print(sorted({x % 3 for x in range(10)}))
print({(a, b): a * b for a in range(2) for b in range(2) if a <= b})
print({k: [v for v in range(k)] for k in range(3)})
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print(e)
print(dict.fromkeys("abc", 0), {**{"a": 1}, "a": 2})

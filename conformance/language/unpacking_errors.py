# Unpacking errors: too many, too few, non-iterable, star targets.
cases = [
    "a, b = [1, 2, 3]", "a, b, c = (1, 2)", "a, b = 1", "a, *b, c = [1]", "(a, b), c = [1, 2], 3",
    "a, b = 'xyz'", "[a] = []", "a, b = {1: 2}", "*a, b, c, d = range(2)", "a, b = None",
]
for src in cases:
    try:
        exec(src, {})
        print("ok", src)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a, *b = "hello"
print(a, b)
*a, b = range(5)
print(a, b)
a, *b, c = 1, 2
print(a, b, c)
[x, [y, *z]] = [1, [2, 3, 4]]
print(x, y, z)
def gen():
    yield 1
    yield 2
    yield 3
p, q, r = gen()
print(p, q, r)
try:
    p, q = gen()
except ValueError as e:
    print(e)
d = {}
d["a"], d["b"] = 1, 2
print(d)
class O: pass
o = O()
o.x, o.y = "ab"
print(o.x, o.y)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)

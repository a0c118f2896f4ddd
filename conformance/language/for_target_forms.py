# for-loop target forms: unpacking, starred, attributes, subscripts; loop over modifying structures.
pairs = [(1, "a"), (2, "b")]
for num, letter in pairs:
    print(num, letter)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
for first, *rest in ["abc", "de"]:
    print(first, rest)
for *init, last in [[1, 2, 3]]:
    print(init, last)
class Holder: pass
h = Holder()
for h.value in range(2):
    print("attr", h.value)
store = [None]
for store[0] in "xy":
    print("subscript", store)
d = {}
for d["k"], d["v"] in [(1, 2)]:
    pass
print(d)
for i, (x, *ys) in enumerate([(1, 2, 3), (4,)]):
    print(i, x, ys)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3, 4]
for item in lst:
    if item % 2 == 0:
        lst.remove(item)
print(lst)
nums = [1, 2, 3]
for n in nums:
    if len(nums) < 6:
        nums.append(n * 10)
print(nums)
for _ in range(0):
    pass
print([k for k, in [(1,), (2,)]])
for (x) in [5]:
    print("parenthesized", x)
for [p, q] in [[7, 8]]:
    print("list target", p, q)

# list.index/insert/pop with negative and out-of-range positions; __getitem__ bounds.
lst = list("abcdef")
print(lst.index("c", -4), lst.index("f", -1), lst.index("a", -100), lst.index("d", 2, -1))
for args in [("a", 1), ("f", 0, -1), ("c", 10), ("c", 3, 2)]:
    try:
        lst.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
x = [1, 2, 3]
x.insert(-1, "m"); x.insert(-100, "start"); x.insert(100, "end"); x.insert(2, "two")
print(x)
print(x.pop(-2), x.pop(1), x)
for i in [3, -4, 10 ** 20]:
    try:
        [1, 2, 3][i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    [1][2 ** 100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    [].pop(-1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(2 ** 100)
except (IndexError, OverflowError) as e:
    print(type(e).__name__, e)
y = [0, 1, 2]
y[-1] = "last"; y[-3] = "first"; print(y)
try:
    y[-4] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    del y[3]
except IndexError as e:
    print(type(e).__name__, e)
print([1, 2, 3][-1:-100:-1], [1, 2, 3][10 ** 20:], [1, 2, 3][:-(10 ** 20)], list(range(10))[2 ** 70:-2 ** 70:-3])

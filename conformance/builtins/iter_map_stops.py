# map stops at the shortest iterable without consuming more; filter's predicate errors propagate.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = iter([1, 2, 3, 4])
print(list(map(lambda x, y: x + y, a, [10, 20])), list(a))
b = iter([1, 2, 3])
print(list(zip(b, [0])), list(b))
def pred(x):
    if x == 3:
        raise ValueError("pred 3")
    return x % 2
t(lambda: list(filter(pred, [1, 2, 3, 4])))
print(list(map(str.upper, "abc")), list(map(len, [[], [1], "ab"])), list(filter(str.isdigit, "a1b2")))
m = map(int, "12x")
print(next(m), next(m))
t(lambda: next(m))
print(list(m))

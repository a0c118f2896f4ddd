# continue inside finally in a generator loop, and return inside a finally after yield.
def g():
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            yield i
        finally:
            if i % 2:
                continue
    return "done"
print(list(g()))
def h():
    try:
        yield 1
    finally:
        return "finally return"
it = h()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value)

# iter(callable, sentinel): stops at the sentinel (==), exceptions propagate, StopIteration ends it, errors.
vals = iter([1, 2, 3, 0, 5])
print(list(iter(lambda: next(vals), 0)), list(vals))
n = [0]
def count():
    n[0] += 1
    if n[0] == 3:
        raise StopIteration
    return n[0]
print(list(iter(count, 99)))
class Eq:
    def __eq__(self, other):
        return other == "stop"
it = iter(iter(["a", "stop", "b"]).__next__, Eq())
print(list(it), next(it, "exhausted"))
it = iter(lambda: 1, 2)
print(type(it).__name__, next(it), it.__iter__() is it)
def boom():
    raise ValueError("from callable")
try:
    next(iter(boom, None))
except ValueError as e:
    print("ValueError", e)
for bad in [lambda: iter(1, 2), lambda: iter(len, 1, 2), lambda: iter(), lambda: iter(5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

# enumerate(): start values (negative, huge, bool, index objects), keyword form, errors, reduce-free state.
print(list(enumerate("ab", -2)), list(enumerate("ab", 2 ** 64)), list(enumerate("ab", start=True)), list(enumerate([], 5)))
class I:
    def __index__(self):
        return 10
print(list(enumerate("x", I())), next(enumerate(iter([7]), 3)))
e = enumerate("abc")
print(next(e), e.__iter__() is e, list(e), next(e, "done"))
for bad in [lambda: enumerate(1), lambda: enumerate("a", 1.5), lambda: enumerate("a", "1"), lambda: enumerate(), lambda: enumerate("a", 1, 2),
            lambda: enumerate(iterable="a", begin=1)]:
    try:
        print(bad())
    except TypeError as e2:
        print("TypeError", e2)
print(list(enumerate(iterable="xy", start=-1)), type(enumerate("")).__name__, enumerate.__class_getitem__(int))
big = enumerate("ab", 2 ** 63 - 1)
print(list(big))

# reversed(): __reversed__, the sequence protocol fallback, None opt-out, length_hint, and errors.
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
class Rev:
    def __reversed__(self):
        return iter("zyx")
class NoRev(list):
    __reversed__ = None
print(list(reversed(Seq())), list(reversed(Rev())), list(reversed(range(3))), list(reversed("ab")), list(reversed({"a": 1, "b": 2})))
print(list(reversed({"a": 1}.items())), list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed(b"ab")))
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__(), type(r).__name__, type(reversed(Seq())).__name__)
for bad in [lambda: reversed(1), lambda: reversed({1, 2}), lambda: reversed(iter([1])), lambda: reversed(NoRev([1])), lambda: reversed(),
            lambda: reversed([], 1)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
class BadLen:
    def __len__(self):
        return -1
    def __getitem__(self, i):
        return i
try:
    reversed(BadLen())
except ValueError as e:
    print("ValueError", e)

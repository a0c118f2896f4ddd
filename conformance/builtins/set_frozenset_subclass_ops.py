# set/frozenset operators with subclasses: result types, reflected operators, comparisons, copy.
class FS(frozenset):
    pass
class S(set):
    pass
a, b = FS({1, 2, 3}), frozenset({2, 3, 4})
for r in [a | b, a & b, a - b, a ^ b, b | a, b - a, a.union([9]), a.copy(), a.difference(), S({1}) | {2}, {2} | S({1}),
          S({1, 2}) & frozenset({2}), frozenset({2}) & S({1, 2}), S({1}).copy()]:
    print(type(r).__name__, sorted(r))
print(a == frozenset({1, 2, 3}), a == {1, 2, 3}, S({1}) == FS({1}), a <= {1, 2, 3, 4}, a < a, hash(a) == hash(frozenset(a)))
class Rev(frozenset):
    def __or__(self, other):
        return "Rev.__or__"
    def __ror__(self, other):
        return "Rev.__ror__"
print(frozenset({1}) | Rev({2}), Rev({2}) | frozenset({1}), {1} | Rev(), set() | Rev())
e = frozenset()
print(FS() is FS(), frozenset() is e, frozenset(e) is e, type(FS(e)).__name__, repr(FS({1})), repr(S()), repr(FS()))
for bad in [lambda: a | [1], lambda: a & "ab", lambda: S() ^ 1, lambda: a < [1]]:
    try:
        bad()
    except TypeError as e2:
        print("TypeError", e2)

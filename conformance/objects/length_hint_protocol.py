# operator.length_hint: __len__ first, then __length_hint__, with CPython's checks on the results.
import operator
class L:
    def __len__(self):
        return 4
class H:
    def __length_hint__(self):
        return 7
class Both(L, H):
    pass
class NI:
    def __length_hint__(self):
        return NotImplemented
print(operator.length_hint(L()), operator.length_hint(H()), operator.length_hint(Both()), operator.length_hint(NI(), 3))
print(operator.length_hint([1, 2]), operator.length_hint(iter([1, 2, 3])), operator.length_hint(object(), 9))
class BadHint:
    def __length_hint__(self):
        return "x"
class NegHint:
    def __length_hint__(self):
        return -1
for obj in (BadHint(), NegHint()):
    try:
        operator.length_hint(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    operator.length_hint(L(), "d")
except TypeError as e:
    print("TypeError", e)
it = iter(range(5))
next(it)
print(operator.length_hint(it), it.__length_hint__(), operator.length_hint(reversed([1, 2])))

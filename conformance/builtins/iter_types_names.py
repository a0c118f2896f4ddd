# the types of builtin iterators, their iter(self) identity and __length_hint__ where they have one.
objs = [[1], (1,), {1: 1}, {1: 1}.keys(), {1: 1}.values(), {1: 1}.items(), {1}, frozenset({1}), range(1), "a", b"a", bytearray(b"a")]
for o in objs:
    it = iter(o)
    print(type(o).__name__, type(it).__name__, iter(it) is it, it.__length_hint__() if hasattr(it, "__length_hint__") else "-")
for o in [reversed([1]), reversed((1,)), reversed(range(1)), reversed({1: 1}), reversed({1: 1}.items()), enumerate([]), zip(), map(id, []), filter(None, [])]:
    print(type(o).__name__, iter(o) is o)
print(type(iter(range(2**70))).__name__, type(iter("\u20ac")).__name__, type(iter("\U0001f600")).__name__)

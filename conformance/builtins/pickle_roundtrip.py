# pickle round trips of builtin values and user classes (bytes are protocol details, so only values are printed).
import pickle
from _pickle_helpers import Point, Custom, State
values = [None, True, 42, -2 ** 100, 3.14, 1 + 2j, "text é", b"bytes", bytearray(b"ba"), [1, [2]], (1, "t"), {"k": [1]}, {1, 2}, frozenset([3]), range(1, 10, 2), slice(1, 2), ...]
for v in values:
    for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
        assert pickle.loads(pickle.dumps(v, proto)) == v, (v, proto)
print("builtins round-trip", pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
p = pickle.loads(pickle.dumps(Point(1, [2])))
print(type(p).__name__, type(p).__module__, p.x, p.y, p == Point(1, [2]))
shared = [1]
pair = pickle.loads(pickle.dumps([shared, shared]))
print(pair[0] is pair[1])
rec = []
rec.append(rec)
r = pickle.loads(pickle.dumps(rec))
print(r[0] is r)
print(pickle.loads(pickle.dumps(Custom(5))).v)
print(vars(pickle.loads(pickle.dumps(State()))))
for bad in [lambda: pickle.loads(b"garbage"), lambda: pickle.dumps((x for x in []))]:
    try:
        bad()
    except (pickle.PicklingError, pickle.UnpicklingError, TypeError, AttributeError) as e:
        print(type(e).__name__)
print(pickle.loads(pickle.dumps(Point)) is Point, pickle.loads(pickle.dumps(len)) is len)
print(pickle.loads(pickle.dumps({"nested": (Point(0, 0), [Custom(1)])}))["nested"][1][0].v)

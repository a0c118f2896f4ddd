# The exact bytes pickle.dumps writes for atoms and builtin containers, every protocol (CPython's C pickler's output).
import pickle
values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2 ** 31 - 1, 2 ** 31, -2 ** 31, -2 ** 31 - 1,
          2 ** 100, -2 ** 100, 2 ** 63, -2 ** 64, 255 << 300, 0.0, -0.0, 1.5, 1e16, 1e-310, 5e-324,
          float("inf"), float("-inf"), 3.141592653589793, "", "abc", "é€\U0001F600", "line\nbreak\\back\r\x00\x1a",
          "x" * 300, (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], {}, {"a": 1}, {"a": 1, "b": [2]},
          {1, 2, 3}, set(), frozenset(), frozenset({5, 6}), range(3), range(1, 10, 2), slice(1, None, 2), 1 + 2j,
          ..., NotImplemented, type(None), type(...), len, int, object, ValueError, KeyError("k"), ValueError("bad", 2)]
for i, value in enumerate(values):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(value, proto)
        back = pickle.loads(data)
        same = back == value or (value != value and back != back) or repr(back) == repr(value)
        print(i, proto, data, same)

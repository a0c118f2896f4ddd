# json.dumps: separators, indent (int and str), sort_keys, ensure_ascii, skipkeys, key types, floats.
import json

data = {"b": [1, 2.5, None], "a": {"y": True, "x": False}, "c": "é\n\t\"q\"", "d": []}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, indent="--", separators=(",", "=")))
print(json.dumps(data, indent=0))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.dumps({1: "a", 2.5: "b", True: "c", False: "d", None: "e", -3: "f"}))
print(json.dumps({"a": 1, (1, 2): 2, "b": 3}, skipkeys=True))
print(json.dumps([1e16, 1e-7, 0.1, -0.0, 1.5e300, 2 ** 80, -17, 3.0]))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
print(json.dumps("\U0001f600\u2028\x7f\x00\x1f"), json.dumps("\U0001f600\u2028\x7f", ensure_ascii=False))
print(json.dumps((1, (2, 3))), json.dumps([]), json.dumps({}), json.dumps([[]], indent=2), json.dumps({"k": {}}, indent=1))
print(json.dumps("plain"), json.dumps(None), json.dumps(True), json.dumps(12345678901234567890))


class Num(int):
    def __repr__(self):
        return "Num!"


class Flt(float):
    def __repr__(self):
        return "Flt!"


class Txt(str):
    pass


print(json.dumps([Num(5), Flt(2.5), Txt("t")]), json.dumps({Num(1): 1, Flt(0.5): 2}))
print(json.dumps({"z": 1, "a": 2}, sort_keys=True, separators=(", ", ": ")))

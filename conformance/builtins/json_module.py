# json: dumps options, loads, special floats, errors with positions, custom encoders/decoders.
import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "active": True, "score": None, "ratio": 0.5, "nested": {"k": [1, {"x": "y"}]}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, "é", "\n"]), json.dumps("é", ensure_ascii=False), json.dumps({"a": 1, "b": 2}, separators=(",", ":")))
print(json.dumps((1, 2)), json.dumps({1: "int key", 2.5: "float key", True: "bool", None: "none"}), json.dumps(float("inf")), json.dumps(float("nan")))
print(json.loads('{"a": [1, 2.5, "s", true, false, null]}'), json.loads("3"), json.loads('"\\u00e9\\n"'), json.loads("[]"), json.loads(" 1e3 "))
print(json.loads("NaN"), json.loads("-Infinity"), json.loads('{"a": 1, "a": 2}'), json.loads("123456789012345678901234567890"))
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", "", "tru", '"unterminated', "[1] extra", '{"a" 1}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e.msg, e.lineno, e.colno, e.pos)
for bad in [{1, 2}, object(), {(1, 2): 3}, b"bytes"]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=Enc), json.dumps({"c": 1j}, default=str))
print(json.loads('{"x": 1.5}', parse_float=str), json.loads('[1, 2]', parse_int=lambda s: int(s) * 10), json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[{"b": 1, "a": 2}]', object_pairs_hook=list))
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print(type(e).__name__, e)

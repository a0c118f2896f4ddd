# json hooks and subclassing: default, cls, object_hook, object_pairs_hook, parse_*, raw_decode, iterencode.
import json
from collections import OrderedDict


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}, "c": 1 + 2j}, cls=SetEncoder, sort_keys=True))
print(json.dumps([1j, {2}], default=repr), SetEncoder(indent=1).encode([frozenset([2, 1])]))
print("".join(SetEncoder().iterencode({"x": [1, {2}]})))
enc = json.JSONEncoder(separators=(";", "->"), sort_keys=True)
print(enc.encode({"b": 1, "a": [1, 2]}), enc.item_separator, enc.key_separator, json.JSONEncoder(indent=4).item_separator)
for bad in [{1, 2}, object, {(1, 2): 3}, b"bytes", [1, 2j]]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    json.dumps({"a": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
for value in [float("nan"), [float("inf")], {float("-inf"): 1}]:
    try:
        json.dumps(value, allow_nan=False)
    except ValueError as e:
        print("ValueError", e)
loop = []
loop.append(loop)
d = {}
d["self"] = d
for c in [loop, d]:
    try:
        json.dumps(c)
    except ValueError as e:
        print("ValueError", e)


class Node:
    def __init__(self):
        self.me = self


try:
    json.dumps(Node(), default=lambda o: o)
except ValueError as e:
    print("ValueError", e)
class Exact:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return f"Exact({self.text!r})"


print(json.loads('{"x": 1.5, "y": [2.25]}', parse_float=Exact))
print(json.loads('[1, 22]', parse_int=lambda s: "int:" + s), json.loads("[NaN, -Infinity]", parse_constant=lambda s: "const:" + s))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": 2}', object_hook=lambda d: sorted(d)), json.loads('[{"k": 1}, {}]', object_pairs_hook=list))
print(json.loads('{"k": 1}', object_hook=lambda d: "hook", object_pairs_hook=lambda p: "pairs"))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('xx[1, 2]', 2), dec.decode("  [true]  "))
try:
    dec.raw_decode(" [1]")
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)


class Upper(json.JSONDecoder):
    def decode(self, s):
        return super().decode(s.upper())


print(json.loads('["abc"]', cls=Upper), json.loads('[1]', cls=json.JSONDecoder))
print(json.decoder.scanstring('"hello" tail', 1), json.encoder.encode_basestring('a"b\x01é'), json.encoder.encode_basestring_ascii('a"b\x01é\U0001f600'))

# json.dump/json.load through file objects, and round trips.
import io
import json
import sys

buf = io.StringIO()
json.dump({"name": "x", "items": [1, 2, {"deep": [None]}]}, buf, indent=2, sort_keys=True)
text = buf.getvalue()
print(text)
print(json.load(io.StringIO(text)))
print(json.load(io.BytesIO('{"é": "ü"}'.encode("utf-8"))))
values = [0, -1, 1.25, "s", [], {}, [[[]]], {"a": {"b": {"c": None}}}, True, None, "\u0000\U0010ffff"]
print(all(json.loads(json.dumps(v)) == v for v in values), all(json.loads(json.dumps(v, ensure_ascii=False)) == v for v in values))
deep = "[" * 100 + "]" * 100
print(len(str(json.loads(deep))))
print(json.__all__)
print(sys.modules["json.decoder"].JSONDecodeError is json.JSONDecodeError, issubclass(json.JSONDecodeError, ValueError))

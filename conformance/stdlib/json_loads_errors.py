# json.loads: values, numbers, escapes, and JSONDecodeError messages, positions, lines and columns.
import json

print(json.loads('{"a": [1, 2.5, "s", true, false, null], "b": {}}'))
print(json.loads(" -0 "), json.loads("1E+2"), json.loads("-12.5e-1"), json.loads("123456789012345678901234567890"))
print(json.loads('"\\u00e9\\n\\t\\/\\\\\\"\\b\\f\\r"'), json.loads('"\\ud83d\\ude00"') == "\U0001f600", len(json.loads('"\\ud800x"')))
print(json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"), json.loads('{"a": 1, "a": 2}'))
print(json.loads(b'[1, "x"]'), json.loads(bytearray(b'{"k": null}')), json.loads('[1]'.encode("utf-16")), json.loads('[2]'.encode("utf-16-le")),
      json.loads('[3]'.encode("utf-32-be")), json.loads(b'\xef\xbb\xbf[4]'))
bad_docs = ['{"a": 1,}', "[1,]", "[1, 2", "{'a': 1}", "", "   ", "tru", "nul", '"unterminated', '"ab\\', "[1] extra",
            '{"a" 1}', '{"a":', '{"a":1', '{"a":1 "b":2}', '{1: 2}', '"\\x41"', '"\\u12"', '"\\uzzzz"', '"\\ud800\\u12"',
            '"a\nb"', "-", "-x", "01", "1.", ".5", "[-]", "\n\n  x", "[\n1,\n2\n", '{"a":1}\n{"b":2}', "\ufeff[]", "[1 2]", "NaNx"]
for doc in bad_docs:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e.msg, "|", e.lineno, e.colno, e.pos, "|", e)
print(json.loads('"a\tb"', strict=False), json.loads('["\\n", "\x01"]', strict=False))
try:
    json.loads('"a\tb"')
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
for bad in [1, None, [1]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError", e)
e = json.JSONDecodeError("Boom", "ab\ncd", 4)
print(e, e.args, e.msg, e.doc, e.pos, e.lineno, e.colno)

# urllib.parse quoting and query strings: quote/unquote families, urlencode with doseq, parse_qs/parse_qsl options and errors.
from urllib.parse import *
import urllib.parse as up
for s in ["abc", "a b", "/a/b", "a&b=c", "é", "~_.-", "%", "\u20ac", "a+b"]:
    print(repr(s), quote(s), quote(s, safe=""), quote_plus(s), quote(s, safe="/&="), quote(s.encode("utf-8")))
print(quote("é", encoding="latin-1"), quote("€", encoding="ascii", errors="replace"), quote_from_bytes(b"a b\xff"), quote_from_bytes(bytearray(b"/x"), safe=b"/"), quote_plus(b"a b"), quote(""), quote(b""))
for f in [lambda: quote(b"x", encoding="utf-8"), lambda: quote(b"x", errors="strict"), lambda: quote_from_bytes("x"), lambda: quote(1), lambda: unquote(1), lambda: urlencode("abc"), lambda: urlencode([1, 2]), lambda: parse_qsl("a=1", separator=""), lambda: parse_qsl("a=1&b=2", max_num_fields=1), lambda: parse_qsl("a", strict_parsing=True), lambda: parse_qsl("a=1&&b=2", strict_parsing=True), lambda: parse_qs("a=1", separator=1), lambda: quote("€", encoding="ascii")]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
for s in ["%41%42", "%e2%82%ac", "%E2%82", "%zz%4", "a%2", "é%C3%A9", "%", "", "a+b"]:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s), repr(unquote(s, errors="strict") if "%E2%82" != s else ""))
print(unquote(b"%41"), unquote("%E9", encoding="latin-1"), unquote_to_bytes(b"a%20b"), unquote_to_bytes(""))
print(urlencode([("a", 1), ("b", "x y")]), urlencode({"a": [1, 2], "b": b"\xff", b"c": "d"}, doseq=True), urlencode({"a": [1, 2], "b": (3,)}), urlencode({"k": "a/b"}, safe="/"), urlencode({"k": "a b"}, quote_via=quote), urlencode({"k": "é"}, encoding="latin-1"), urlencode({"k": 5, "j": None}, doseq=True), urlencode([]))
for q in ["a=1&b=2&a=3", "a=1;b=2", "a", "a=", "=b", "&&a=1&", "a+b=c+d%20e", "x=%E9", "a=1&a=2&b"]:
    print(repr(q), parse_qs(q), parse_qs(q, keep_blank_values=True), parse_qsl(q), parse_qsl(q, keep_blank_values=True), parse_qsl(q, separator=";"), parse_qsl(q, encoding="latin-1"))
print(parse_qsl(b"a=1&b=%20"), parse_qs(b"a=1&a=2"), parse_qsl("a=1", max_num_fields=1), parse_qsl(""), parse_qs(""))
print(up.unwrap("<URL:http://a/b>"), up.unwrap(" x "), up.uses_netloc[:3], up.scheme_chars[-4:])


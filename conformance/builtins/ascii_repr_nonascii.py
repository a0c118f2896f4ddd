# ascii(): escapes of non-ASCII characters in strings, containers, custom reprs, and surrogates.
for v in ["plain", "café", "€uro", "😀", "\x00\x7f\x80\xff", "\ud800", "tab\there", "q'uo\"te", ["é", ("ü",)], {"ß": "ø"}, b"\xe9"]:
    print(ascii(v), repr(v) if isinstance(v, (bytes, list)) else "")
class R:
    def __repr__(self):
        return "Rëpr😀"
print(ascii(R()), ascii([R()]), repr(R()), "%a" % "é", f"{'é'!a}", "{!a}".format("ü"))
try:
    ascii()
except TypeError as e:
    print("TypeError", e)
class BadRepr:
    def __repr__(self):
        return 1
try:
    ascii(BadRepr())
except TypeError as e:
    print("TypeError", e)

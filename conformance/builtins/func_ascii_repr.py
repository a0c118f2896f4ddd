# ascii() and repr(): escapes for non-ASCII, __repr__ results, the TypeError for non-str results.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(ascii("plain"), ascii("caf\xe9"), ascii("\u20ac"), ascii("\U0001f600"), ascii("\n\t'\""), ascii(b"\xff"))
print(ascii(["\xe9", {"\u0100": 1}]), ascii(1.5), ascii(None), repr("\xe9"), repr("\x00\x7f\x80"))
class R:
    def __repr__(self):
        return "r\xe9pr"
print(ascii(R()), repr(R()), [R()], ascii([R()]))
class Bad:
    def __repr__(self):
        return 42
t(lambda: repr(Bad()))
t(lambda: ascii(Bad()))
t(lambda: repr())
t(lambda: ascii(1, 2))
class S(str):
    pass
class RS:
    def __repr__(self):
        return S("sub")
print(repr(RS()), type(repr(RS())).__name__)
class Raise:
    def __repr__(self):
        raise LookupError("inner")
t(lambda: repr(Raise()))
t(lambda: str(Raise()))
print(repr(repr), repr(int), repr(len), repr(type), repr(object()).startswith("<object object at 0x"))

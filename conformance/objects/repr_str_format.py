# __repr__, __str__, __format__ and their defaults and errors.
class Both:
    def __repr__(self): return "Both()"
    def __str__(self): return "both as str"
class ReprOnly:
    def __repr__(self): return "ReprOnly<>"
class StrOnly:
    def __str__(self): return "str only"
b, r = Both(), ReprOnly()
print(b, repr(b), str(b), [b], f"{b}", f"{b!r}", "%s %r" % (b, b))
print(r, str(r), [r], (r,), {"k": r})
print(str(StrOnly()), repr(StrOnly()).startswith("<__main__.StrOnly object at "))
print(format(b), format(42), format(42, ""), format("x", "^5"), format(3.5, "08.3f"))
class Fmt:
    def __format__(self, spec):
        return f"<{spec}>"
print(format(Fmt(), "abc"), f"{Fmt():xyz}", "{:hello}".format(Fmt()), "{0!s:>3}".format(1))
try:
    format(object(), "d")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(Both(), "<10")
except TypeError as e:
    print(type(e).__name__, e)
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec): return 1
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
class S(str):
    def __str__(self): return "overridden"
print(str(S("orig")), repr(S("orig")), S("orig") + "!", f"{S('orig')}")
class I(int):
    def __repr__(self): return "I!"
print(I(5), repr(I(5)), str(I(5)), f"{I(5)}", "%d" % I(5))
print(repr(object).startswith("<class"), repr(type), repr(None), repr(...), repr(NotImplemented))
print(str(b"abc"), repr("it's"), repr('say "hi"'), repr("both ' and \""))

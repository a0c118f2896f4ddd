# repr()/str() fall back and check result types; metaclass __repr__ controls class reprs.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"
print(str(OnlyRepr()), repr(OnlyRepr()), f"{OnlyRepr()}", [OnlyRepr()], "%s %r" % (OnlyRepr(), OnlyRepr()))
class OnlyStr:
    def __str__(self):
        return "only str"
print(str(OnlyStr()), repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x"), [str(OnlyStr())])
class BadRepr:
    def __repr__(self):
        return 42
class BadStr:
    def __str__(self):
        return None
for f in (lambda: repr(BadRepr()), lambda: str(BadRepr()), lambda: str(BadStr()), lambda: f"{BadStr()}", lambda: print(BadStr())):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
class StrSub(str):
    pass
class ReturnsStrSub:
    def __repr__(self):
        return StrSub("sub repr")
    def __str__(self):
        return StrSub("sub str")
r = repr(ReturnsStrSub())
s = str(ReturnsStrSub())
print(r, type(r).__name__, s, type(s).__name__)
class Meta(type):
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
    def __str__(cls):
        return "meta-str"
class K(metaclass=Meta):
    pass
print(repr(K), str(K), [K], f"{K}")
class Recursive:
    def __repr__(self):
        return "R(" + repr(self.inner) + ")"
r = Recursive()
r.inner = [1, r] if False else 2
print(repr(r))
l = [1]
l.append(l)
d = {}
d["self"] = d
print(l, d)
print(repr(object).startswith("<class"), str(None), repr("q'\""), ascii("é"), ascii(OnlyRepr()))

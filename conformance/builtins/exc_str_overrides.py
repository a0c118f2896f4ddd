# exceptions overriding __str__ and __repr__: str(), repr(), format() and print use them.
class E(Exception):
    def __str__(self):
        return "custom str"
class F(Exception):
    def __repr__(self):
        return "F!"
e = E("arg")
print(str(e), repr(e), f"{e}", "%s" % e, format(e, ""), [e], e.args)
f = F("a")
print(str(f), repr(f), [f], f"{f!r}")
class G(KeyError):
    def __str__(self):
        return "G str"
print(str(G("k")), repr(G("k")))
class H(OSError):
    def __str__(self):
        return "H:" + super().__str__()
print(str(H(5, "five")), type(H(5, "five")).__name__)

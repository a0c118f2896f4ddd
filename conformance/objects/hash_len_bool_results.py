# What __hash__, __len__, __bool__, __index__ may return, and the errors otherwise.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

def make(name, **methods):
    return type(name, (), methods)()
attempt("hash str", lambda: hash(make("H", __hash__=lambda s: "x")))
attempt("hash -1", lambda: hash(make("H", __hash__=lambda s: -1)))
attempt("hash True", lambda: hash(make("H", __hash__=lambda s: True)))
attempt("hash None attr", lambda: hash(make("H", __hash__=None)))
attempt("len str", lambda: len(make("L", __len__=lambda s: "3")))
attempt("len neg", lambda: len(make("L", __len__=lambda s: -1)))
attempt("len huge", lambda: len(make("L", __len__=lambda s: 2**100)))
attempt("len float", lambda: len(make("L", __len__=lambda s: 3.0)))
attempt("len bool", lambda: len(make("L", __len__=lambda s: True)))
attempt("bool int", lambda: bool(make("B", __bool__=lambda s: 1)))
attempt("bool none", lambda: bool(make("B", __bool__=lambda s: None)))
attempt("bool via len 0", lambda: bool(make("B", __len__=lambda s: 0)))
attempt("bool via len neg", lambda: bool(make("B", __len__=lambda s: -5)))
attempt("bool default", lambda: bool(make("B")))
attempt("bool None attr", lambda: bool(make("B", __bool__=None)))
attempt("index str", lambda: [1, 2, 3][make("X", __index__=lambda s: "1")])
attempt("index ok", lambda: [1, 2, 3][make("X", __index__=lambda s: 1)])
attempt("repr int", lambda: repr(make("R", __repr__=lambda s: 5)))
attempt("str int", lambda: str(make("R", __str__=lambda s: 5)))
attempt("iter None", lambda: iter(make("R", __iter__=None)))
attempt("iter non-iterator", lambda: iter(make("R", __iter__=lambda s: [1])))
attempt("contains None", lambda: 1 in make("R", __contains__=None))
attempt("contains truthy", lambda: 1 in make("R", __contains__=lambda s, x: "yes"))
attempt("call None", lambda: make("R", __call__=None)())

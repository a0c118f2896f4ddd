# repr/str/format/bytes/int/float/index/complex/hash results of the wrong type and CPython's messages.
class W:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return self.v
    def __str__(self):
        return self.v
    def __format__(self, spec):
        return self.v
    def __bytes__(self):
        return self.v
    def __int__(self):
        return self.v
    def __float__(self):
        return self.v
    def __index__(self):
        return self.v
    def __complex__(self):
        return self.v
class MyStr(str):
    pass
class MyInt(int):
    pass
for v in [1, b"x", None, MyStr("ms"), MyInt(3), 2.5, "s"]:
    out = []
    for name, f in [("repr", repr), ("str", str), ("format", format), ("bytes", bytes), ("int", int), ("float", float),
                    ("index", lambda o: [0, 1, 2, 3, 4][o]), ("complex", complex), ("bin", bin)]:
        try:
            r = f(W(v))
            out.append("%s=%r" % (name, r))
        except (TypeError, DeprecationWarning) as e:
            out.append("%s!%s" % (name, e))
    print(repr(v))
    for o in out:
        print("   ", o)

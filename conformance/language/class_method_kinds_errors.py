# Calling instance methods through the class, classmethods and staticmethods with wrong arguments.
class C:
    def inst(self, x): return ("inst", x)
    @classmethod
    def cls(cls, x): return ("cls", cls.__name__, x)
    @staticmethod
    def st(x): return ("st", x)
c = C()
print(c.inst(1), C.inst(c, 2), C.cls(3), c.cls(4), C.st(5), c.st(6))
for call in [lambda: C.inst(1), lambda: c.inst(), lambda: C.cls(), lambda: c.st(), lambda: c.st(1, 2), lambda: C.inst()]:
    try:
        call()
    except TypeError as e:
        print(e)
bound = c.inst
print(bound.__self__ is c, bound.__func__ is C.inst, bound == c.inst, bound(7))
print(C.cls.__self__ is C, type(C.__dict__["st"]).__name__)

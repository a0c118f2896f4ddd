# f-string conversions !s !r !a and format specs with builtin subclasses that override __format__.
class I(int):
    def __format__(self, spec):
        return f"I<{spec}>"
class F(float):
    def __repr__(self):
        return "F-repr"
    def __str__(self):
        return "F-str"
i = I(5)
f = F(1.5)
print(f"{i}", f"{i:>4}", f"{i!r}", f"{i!s}", format(i), "{:x}".format(i), "%d" % i, str(i))
print(f"{f}", f"{f!r}", f"{f:.2f}", f"{f!s:>8}", f"{f!a}", "%s %r" % (f, f), format(f, ""))
class S(str):
    def __format__(self, spec):
        return "S" + spec
print(f"{S('x')}", f"{S('x'):abc}", f"{S('x')!s}", "{}".format(S("y")), "%s" % S("z"))
class Nested:
    def __format__(self, spec):
        return f"[{spec}]"
w = 6
print(f"{Nested():{w}}", f"{Nested():{w}.{w}}", f"{Nested()!r:.5}"[:5], f"{'é'!a}")
print(format(True, "^6"), f"{True!r:>6}", format(None, ""), f"{None!s:*^8}")

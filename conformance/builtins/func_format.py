# format(): default spec, __format__ of classes, object.__format__ errors and format spec types.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(format(1), format(1.5, ".3f"), format("s", ">5"), format(255, "x"), format(None), format([1]), format(True, "d"))
class F:
    def __format__(self, spec):
        return f"F<{spec}>"
print(format(F()), format(F(), "abc"), f"{F():xyz}")
t(lambda: format(object(), "x"))
t(lambda: format([], "10"))
t(lambda: format(1, 5))
t(lambda: format(1, "q"))
t(lambda: format("s", "d"))
t(lambda: format())
class Bad:
    def __format__(self, spec):
        return 5
t(lambda: format(Bad()))
o = object()
print(format(o, "") == str(o), format(2**70, ","), format(-1.5e-7, "g"))
class StrOnly:
    def __str__(self):
        return "strv"
print(format(StrOnly()), format(StrOnly(), ""))

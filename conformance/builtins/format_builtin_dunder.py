# format() dispatch: __format__ overrides, subclasses of int/float/str, bool, error for non-str results.
class Money(float):
    def __format__(self, spec):
        return "$" + super().__format__(spec or ".2f")
class Tag(int):
    pass
class Bad:
    def __format__(self, spec): return 42
print(format(Money(3.14159)), f"{Money(2):.1f}", format(Tag(5), "03"), format(True, "^5"), format(False, "03d"), f"{True!s:>6}")
print(object.__format__(object(), "") == str(object()) if False else "skip", int.__format__(7, "x"), float.__format__(0.5, "%"), str.__format__("a", "^3"))
for f in [lambda: format(Bad()), lambda: format(1, 2), lambda: format(1, "d", 3), lambda: f"{Bad()}", lambda: int.__format__(7, None)]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)

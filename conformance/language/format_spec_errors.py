# Invalid format specifications and __format__ misuse.
for value, spec in [(1, "z"), (1.5, "d"), ("s", "d"), (1, ".2s"), (1, "=^+10,d"), ([], "x"), (object(), "s"), (1, "10..2f")]:
    try:
        print(repr(format(value, spec)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Bad:
    def __format__(self, spec):
        return 5
try:
    f"{Bad()}"
except TypeError as e:
    print(e)
class Fmt:
    def __format__(self, spec):
        return spec.upper() or "EMPTY"
print(f"{Fmt()}", f"{Fmt():abc}", format(Fmt(), "x{y}"), "{:q}".format(Fmt()))
width = "bad"
try:
    f"{1:{width}}"
except ValueError as e:
    print(e)

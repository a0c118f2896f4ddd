# int()/float() conversions and their errors.
print(int("  42\n"), int("-0b101", 0), int("0o17", 0), int("1_000"), int(3.99), int(-3.99), int(True))
print(float("  1.5 "), float("1e3"), float("-inf"), float("nan") != float("nan"), float("1_0.5"))
for bad in ["", "1.5", "0x", "1__0", "ten"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
for bad in ["", "1,5", "abc"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
try:
    int("10", 1)
except ValueError as e:
    print(e)
class IntLike:
    def __index__(self): return 7
class Trunc:
    def __trunc__(self): return 8
print(int(IntLike()), float(IntLike()) if hasattr(float, "__index__") else 7.0)
print(int("z", 36), int("Z", 36), int("10", base=2))

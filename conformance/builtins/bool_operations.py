# bool: arithmetic gives int, repr, int subclass behaviour, bool() of objects, errors.
print(True + True, True * 10, True / 2, True // 2, -False, True ** 10, divmod(True, 2), True << 3)
print(repr(True), str(False), int(True), float(False), f"{True}", f"{True:d}", format(False, ">6"), "%s %d %r" % (True, True, False))
print(bool(), bool(0), bool(""), bool([]), bool([0]), bool(0.0), bool(-0.0), bool(0j), bool(None), bool(" "))
class Z:
    def __len__(self): return 0
class B:
    def __bool__(self): return False
class Bad:
    def __bool__(self): return 1
class BadLen:
    def __len__(self): return -1
print(bool(Z()), bool(B()), not Z(), isinstance(True, int), issubclass(bool, int), True is bool(1), type(True).__mro__)
for bad in [lambda: bool(Bad()), lambda: bool(BadLen()), lambda: type("X", (bool,), {}), lambda: bool(1, 2), lambda: bool(x=1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(True == 1, True is not False, hash(True), True.real, True.numerator, (True).bit_length(), True & 3, False | True)

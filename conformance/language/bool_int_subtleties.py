# bool is an int subclass: arithmetic, hashing, dict keys, repr, and identity of results.
print(True + True, True * 3, -True, True / 2, True // 1, divmod(True, 1))
d = {1: "int", True: "bool"}
print(d, len(d))
print(isinstance(True, int), type(True + 0).__name__, type(True & True).__name__, type(True | 0).__name__)
print(True == 1, bool(0.0), bool(-0.0), bool(""), bool(" "))
print(sum([True, True, False]), max(True, 2), sorted([True, 0, False, 1]))
print(str(True), repr(False), f"{True:d}", f"{True}", format(False, "5"), "%s %d" % (True, True))
print(int(True), float(False), complex(True), True.real, True.numerator, (5).__bool__())

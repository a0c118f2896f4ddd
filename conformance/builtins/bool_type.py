# bool: a subclass of int with two instances.
print(True, False, repr(True), str(False), int(True), float(False), True == 1, False == 0)
print(True + True, True * 3, True / 2, True // 1, -True, abs(False))
print(type(True).__name__, isinstance(True, int), issubclass(bool, int), bool.__mro__, bool.__bases__)
print(bool(), bool(0), bool(1), bool(-1), bool(""), bool("False"), bool([]), bool(None), bool(0.0), bool(0j), bool(float("nan")))
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True & 1).__name__, type(True + False).__name__)
print(True and 5, False or 0.0, not True, type(not 5).__name__)
print(sum([True, True, False]), max(True, 2), sorted([True, False, 0, 1]))
print(hash(True) == hash(1), {True: "a", 1: "b"}, {1, True, 1.0})
print(True is bool(1), bool(1) is bool(2), f"{True}", f"{True:d}", f"{False:>5}", "%d %s" % (True, True))
print(True.__and__(1), True.__or__(False), (True).bit_length(), True.__class__)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(str(True).upper(), repr(bool), bool.__name__, bool("0"))
print(bool.__new__(bool, 5), bool(bool))
print(int.__repr__(True), int.__str__(True) if hasattr(int, "__str__") else "")

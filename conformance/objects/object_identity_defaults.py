# object's default hash/eq/repr/str/format/bool/dir; instances compare by identity.
class P:
    pass
a, b = P(), P()
print(a == a, a == b, a != b, a is not b, hash(a) == hash(a), bool(a), format(a, "") == str(a))
print(str(a) == repr(a), repr(a).startswith("<__main__.P object at 0x"), a.__eq__(b), a.__ne__(a))
print(a.__lt__(b), a.__hash__() == hash(a), type(a.__sizeof__()).__name__)
try:
    a < b
except TypeError as e:
    print("TypeError", e)
print({a: 1}[a], a in {a}, len({a, b}), P.__hash__ is object.__hash__, P.__eq__ is object.__eq__)
print(object.__repr__(a) == repr(a), object.__str__(a) == str(a), P.__str__ is object.__str__)
print(sorted(n for n in dir(a) if n.startswith("__") and n in dir(object)) == sorted(dir(object)))
print(a.__class__ is P, a.__dict__, a.__module__, P.__doc__, P.__init__ is object.__init__)
print(object.__new__(P).__class__.__name__, object.__reduce_ex__(a, 2)[0].__name__)
print(isinstance(P, object), isinstance(object, type), isinstance(type, object), issubclass(type, object))

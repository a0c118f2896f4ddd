# Methods of builtin types accessed through the class: descriptors and their errors.
print(str.upper("abc"), int.__add__(2, 3), list.__len__([1, 2]), dict.get({"a": 1}, "a"))
print(type(str.upper).__name__, type(int.__add__).__name__, type("x".upper).__name__, type((1).__add__).__name__)
print(str.upper.__qualname__, str.upper.__name__, list.append.__objclass__)
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.upper()
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.append([], 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__add__("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
print(int.__add__(1, "a"), (1).__add__(2.5), (1.5).__radd__(1))
m = [].append
print(m.__self__, m.__name__, type(m.__self__).__name__)
print(dict.fromkeys("ab"), type(dict.__dict__["fromkeys"]).__name__, type(dict.fromkeys).__name__)
print(int.from_bytes(b"\x01\x00", "big"), bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x01", "big")).__name__)
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2))
print(type.__call__(int, "5"), str.__new__(str, "new"), str.join(",", "abc"))
print(len.__name__, len.__module__, abs.__qualname__, type(len).__name__)
try:
    len.__name__ = "x"
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(set(dir(int)) & {"real", "imag", "numerator", "denominator", "conjugate", "bit_length"}))
try:
    str.lower.__get__(5)
except TypeError as e:
    print(type(e).__name__, e)
print(str.lower.__get__("ABC")())

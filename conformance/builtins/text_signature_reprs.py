# __text_signature__ and reprs of builtin functions, methods, method descriptors and slot wrappers.
for obj in [len, print, sorted, max, divmod, int.from_bytes, str.join, list.append, dict.get, dict.fromkeys, str.maketrans,
            object.__init__, bytes.hex, int.to_bytes, float.fromhex, iter, next, round, pow, sum, getattr, isinstance, abs]:
    print(getattr(obj, "__qualname__", None), repr(getattr(obj, "__text_signature__", "-")))
print(repr(len), repr(str.join), repr(list.append), repr(int.__add__), repr(object.__init__), repr([].append).split(" at ")[0])
print(repr(dict.fromkeys).split(" at ")[0], repr(str.maketrans).split(" at ")[0], repr("".join).split(" at ")[0], repr(int.__dict__["from_bytes"]))
print(type(len).__name__, type(str.join).__name__, type(int.__add__).__name__, type((1).__add__).__name__, type([].append).__name__)
print(len.__self__.__name__, [].append.__self__, str.join.__objclass__.__name__, int.__add__.__objclass__.__name__, len.__module__)

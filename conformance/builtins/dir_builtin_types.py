# The public attributes of builtin types (what dir() shows without dunder names).
for t in [str, bytes, bytearray, list, tuple, dict, set, frozenset, int, float, complex, bool, range, slice, memoryview, object, type, BaseException]:
    print(t.__name__, [n for n in dir(t) if not n.startswith("_")])
import types
print(sorted(n for n in dir(types.FunctionType) if not n.startswith("__")))
print([n for n in dir(types.GeneratorType) if not n.startswith("_")])
print(sorted(n for n in ["__add__", "__iadd__", "__mul__", "__imul__", "__contains__", "__reversed__", "__class_getitem__"] if hasattr(list, n)))
print(sorted(n for n in ["__add__", "__iadd__", "__mul__", "__contains__", "__reversed__", "__class_getitem__", "__getnewargs__"] if hasattr(tuple, n)))
print(sorted(n for n in ["__or__", "__ior__", "__ror__", "__reversed__", "__missing__", "__class_getitem__"] if hasattr(dict, n)))

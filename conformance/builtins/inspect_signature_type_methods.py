# inspect.signature and __text_signature__ of every public method of the builtin types: from the
# declared text signature, or ValueError where CPython 3.12 has none (methods not converted to
# Argument Clinic, such as str.count and the set operations).
import inspect
import sys
for T in [str, bytes, bytearray, list, tuple, dict, set, frozenset, int, float, complex, bool, range, slice,
          property, memoryview, BaseException, object, type]:
    for name in sorted(n for n in T.__dict__ if not n.startswith("_")):
        o = T.__dict__[name]
        if not callable(o) and not isinstance(o, (staticmethod, classmethod)):
            continue
        f = getattr(T, name)
        try:
            sig = str(inspect.signature(f))
        except ValueError as e:
            sig = "ValueError " + str(e).split(" at ")[0].split(" of ")[0]
        print(T.__name__, name, type(o).__name__, repr(f.__text_signature__), sig.replace(str(sys.maxsize), "MAX"))
for name in ["__buffer__", "__release_buffer__", "__class_getitem__", "__reduce__", "__getnewargs__", "__format__",
             "__init_subclass__", "__subclasshook__", "__ceil__", "__round__", "__reversed__", "__enter__"]:
    for T in [bytearray, memoryview, list, set, int, range, str, float, object]:
        if name in T.__dict__:
            print(T.__name__, name, repr(getattr(T.__dict__[name], "__text_signature__", "-")))
d = dict.__dict__['fromkeys']
print(callable(d), d(dict, 'ab'))
for args in [(), (1,), (int, 'ab')]:
    try:
        print(d(*args))
    except TypeError as e:
        print(e)
class D(dict): pass
print(type(d(D, 'a')).__name__)

# NoneType, NotImplementedType and ellipsis: calling the types gives the singletons.
NoneType = type(None)
print(NoneType() is None, type(NotImplemented)() is NotImplemented, type(...)() is ...)
for tp in (NoneType, type(NotImplemented), type(...)):
    try:
        tp(1)
    except TypeError as e:
        print("TypeError", e)
    try:
        tp(x=1)
    except TypeError as e:
        print("TypeError", e)
print(NoneType.__new__(NoneType) is None)
try:
    class Sub(NoneType):
        pass
except TypeError as e:
    print("TypeError", e)
print(repr(None), repr(NotImplemented), repr(...), str(None))
print(bool(None), hash(None) == hash(None), None.__bool__(), None.__repr__())
print(NoneType.__name__, type(NotImplemented).__name__, type(...).__name__)
try:
    None.x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    None.foo
except AttributeError as e:
    print("AttributeError", e)
print(None.__eq__(None), None.__eq__(0), None.__ne__(1))
print(sorted(x for x in dir(None) if not x.startswith("__")))

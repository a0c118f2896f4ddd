# Setting a special method to None blocks the protocol with CPython's error message.
class NoHash:
    __hash__ = None
class NoIter:
    __iter__ = None
class NoLen:
    __len__ = None
class NoCall:
    __call__ = None
class NoAdd:
    __add__ = None
class NoRadd:
    __radd__ = None
class NoEq:
    __eq__ = None
class NoBool:
    __bool__ = None
for label, f in (("hash", lambda: hash(NoHash())), ("iter", lambda: iter(NoIter())), ("len", lambda: len(NoLen())),
                 ("call", lambda: NoCall()()), ("add", lambda: NoAdd() + 1), ("radd", lambda: 1 + NoRadd()),
                 ("eq", lambda: NoEq() == 1), ("bool", lambda: bool(NoBool())), ("list", lambda: list(NoIter()))):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError", e)
print(callable(NoCall()), NoHash.__hash__, NoIter.__iter__)
class Parent:
    def __len__(self):
        return 1
class Child(Parent):
    __len__ = None
try:
    len(Child())
except TypeError as e:
    print("TypeError", e)
print(len(Parent()))

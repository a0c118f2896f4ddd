# __instancecheck__/__subclasscheck__ on metaclasses; tuples, unions and exact-type shortcuts.
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return issubclass(sub, int)
class IntLike(metaclass=Meta):
    pass
print(isinstance(3, IntLike), isinstance("x", IntLike), issubclass(bool, IntLike))
print(isinstance(IntLike(), IntLike))
print(isinstance(3, (str, IntLike)), issubclass(bool, (str, IntLike)))
class Weird(metaclass=Meta):
    pass
print(isinstance(1, str | Weird))
class Ret(type):
    def __instancecheck__(cls, inst):
        return "truthy"
class R(metaclass=Ret):
    pass
print(isinstance(1, R))
class Boom(type):
    def __subclasscheck__(cls, sub):
        raise RuntimeError("boom")
class X(metaclass=Boom):
    pass
try:
    issubclass(int, X)
except RuntimeError as e:
    print("RuntimeError", e)
for f in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, (int, 1))):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
class FakeClass:
    __bases__ = ()
class HasBases:
    @property
    def __bases__(self):
        return (FakeClass(),)
print(issubclass(HasBases(), HasBases.__bases__.__class__) if False else "skip")
class InstCheckOnClass:
    def __instancecheck__(self, inst):
        return True
print(isinstance(1, InstCheckOnClass) if False else isinstance(InstCheckOnClass(), InstCheckOnClass))

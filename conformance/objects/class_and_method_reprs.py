# repr of classes (module and qualname), bound methods, classmethods, staticmethods, properties' owners.
class Top:
    def __repr__(self):
        return "Top()"
    def method(self): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
    class Nested:
        def __repr__(self):
            return "Nested()"
        def m(self): pass
def factory():
    class Local:
        def __repr__(self):
            return "Local()"
        def m(self): pass
    return Local
L = factory()
print(Top, Top.Nested, L, repr(L).count("<locals>"))
print(Top().method, Top.Nested().m, L().m)
print(Top.cm, Top().cm)
print(Top.sm.__qualname__, L.m.__qualname__, Top.Nested.m.__qualname__, factory.__qualname__)
print(type(Top().method).__name__, type(Top.cm).__name__, type(Top.sm).__name__)
print(str(int), repr(type), repr(object), repr(type(None)), repr(type(...)), repr(type(NotImplemented)))
print([].append.__qualname__, "".join.__qualname__, dict.fromkeys.__qualname__, int.__add__.__qualname__)
import collections
print(collections.OrderedDict, collections.abc.Mapping, type(collections))
Top.__module__ = "custom.module"
print(Top)
Top.__qualname__ = "Renamed"
print(Top, Top().method)

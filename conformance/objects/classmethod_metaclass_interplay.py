# classmethods, metaclass methods and instance methods of the same name resolve differently.
class Meta(type):
    def describe(cls):
        return f"meta describe {cls.__name__}"
    def only_meta(cls):
        return "only on meta"
class C(metaclass=Meta):
    @classmethod
    def describe(cls):
        return f"classmethod describe {cls.__name__}"
print(C.describe(), C().describe(), C.only_meta(), type(C).describe(C))
try:
    C().only_meta()
except AttributeError as e:
    print("AttributeError", e)
class Meta2(type):
    @property
    def meta_prop(cls):
        return "meta property of " + cls.__name__
class D(metaclass=Meta2):
    pass
print(D.meta_prop, hasattr(D(), "meta_prop"))
class E:
    @classmethod
    def create(cls, *args):
        return cls(*args)
    def __init__(self, *args):
        self.args = args
class F(E):
    pass
print(type(F.create(1)).__name__, F.create(1, 2).args, type(F().create()).__name__)
print(type(E.__dict__["create"]).__name__, E.create.__self__ is E, F.create.__self__ is F, F.create.__func__ is E.create.__func__)

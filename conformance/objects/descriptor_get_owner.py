# __get__ receives (instance, owner); class access passes None; descriptors on metaclasses.
class Show:
    def __get__(self, obj, owner=None):
        return (type(obj).__name__, owner.__name__ if owner else None)
class C:
    d = Show()
class Sub(C):
    pass
print(C.d, C().d, Sub.d, Sub().d)
print(C.__dict__["d"].__get__(None, C), C.__dict__["d"].__get__(C()))
class Meta(type):
    md = Show()
class M(metaclass=Meta):
    pass
print(M.md)
try:
    M().md
except AttributeError as e:
    print("AttributeError", e)
class DataMeta(type):
    @property
    def kind(cls):
        return "meta property " + cls.__name__
class WithKind(metaclass=DataMeta):
    kind = "class attribute"
print(WithKind.kind, WithKind().kind)
class NonData:
    def __get__(self, obj, owner):
        return "nondata"
class Shadow:
    nd = NonData()
s = Shadow()
print(s.nd)
s.__dict__["nd"] = "instance wins"
print(s.nd)
class SetOnly:
    def __set__(self, obj, v):
        print("set", v)
class UsesSetOnly:
    x = SetOnly()
u = UsesSetOnly()
u.x = 1
print(type(u.x).__name__)
u.__dict__["x"] = "in dict"
print(type(u.x).__name__)
class DeleteOnly:
    def __delete__(self, obj):
        print("delete called")
class UsesDel:
    y = DeleteOnly()
ud = UsesDel()
del ud.y
try:
    ud.y = 3
except AttributeError as e:
    print("AttributeError", e)

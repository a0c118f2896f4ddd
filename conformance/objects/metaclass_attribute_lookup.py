# Attribute lookup through metaclasses: class vs instance visibility, metaclass descriptors.
class Meta(type):
    meta_attr = "on the metaclass"
    def meta_method(cls):
        return f"meta_method of {cls.__name__}"
    @property
    def computed(cls):
        return f"computed for {cls.__name__}"
    def __getattr__(cls, name):
        return f"Meta.__getattr__({name})"
class C(metaclass=Meta):
    class_attr = "on the class"
print(C.meta_attr, C.meta_method(), C.computed, C.class_attr, C.anything)
obj = C()
for name in ["meta_attr", "meta_method", "computed", "anything"]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(type(e).__name__, e)
print(obj.class_attr, "meta_attr" in dir(C), "class_attr" in dir(C))
class Meta2(type):
    @property
    def name_upper(cls):
        return cls.__name__.upper()
    name_upper_setter = None
class D(metaclass=Meta2):
    name_upper = "class dict entry shadowed by metaclass data descriptor"
print(D.name_upper, D.__dict__["name_upper"][:10])
try:
    D.name_upper = "x"
except AttributeError as e:
    print(type(e).__name__, e)
class CountingMeta(type):
    def __setattr__(cls, name, value):
        print("CountingMeta.__setattr__", name)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("CountingMeta.__delattr__", name)
        super().__delattr__(name)
class E(metaclass=CountingMeta):
    pass
E.x = 1
del E.x
print(hasattr(E, "x"))
class LenMeta(type):
    def __len__(cls):
        return 3
    def __iter__(cls):
        return iter(["a", "b", "c"])
    def __bool__(cls):
        return False
class F(metaclass=LenMeta):
    pass
print(len(F), list(F), bool(F), "yes" if F else "no", bool(F()))
print(type(C).__name__, type(type(C)).__name__, Meta.__mro__)

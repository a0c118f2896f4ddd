# __class__ assignment: allowed between compatible heap types, refused otherwise with CPython's texts.
class A:
    pass
class B:
    pass
class S:
    __slots__ = ("x",)
class S2:
    __slots__ = ("x",)
class S3:
    __slots__ = ("y",)
a = A()
a.__class__ = B
print(type(a).__name__)
def t(obj, cls):
    try:
        obj.__class__ = cls
        print("ok", type(obj).__name__)
    except TypeError as e:
        print("TypeError", e)
t(a, S)
t(S(), S2)
t(S(), S3)
t(a, int)
t(1, bool)
t(a, 5)
class MyInt(int):
    pass
class MyInt2(int):
    pass
class MyList(list):
    pass
m = MyInt(5)
t(m, MyInt2)
print(m, type(m).__name__)
t(m, int)
t(MyList(), MyInt)
t(MyList([1]), list)
t(object(), A)
class WithDict(list):
    pass
wl = MyList([1, 2])
t(wl, WithDict)
print(wl, type(wl).__name__)
try:
    del a.__class__
except TypeError as e:
    print("TypeError", e)

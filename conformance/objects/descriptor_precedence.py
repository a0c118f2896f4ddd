# Data descriptors beat the instance dict, which beats non-data descriptors.
class Data:
    def __get__(self, obj, owner):
        return ("data", obj is None, owner.__name__)
    def __set__(self, obj, value):
        print("Data.__set__", value)
class NonData:
    def __get__(self, obj, owner=None):
        return ("nondata", obj is None)
class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["so"] = value * 2
class DeleteOnly:
    def __delete__(self, obj):
        print("DeleteOnly.__delete__")
class C:
    d = Data()
    n = NonData()
    so = SetOnly()
    do = DeleteOnly()
c = C()
c.__dict__["d"] = "instance d"
c.__dict__["n"] = "instance n"
print(c.d, c.n, C.d, C.n)
c.d = 1
c.so = 4
print(c.so, C.__dict__["so"].__class__.__name__)
del c.do
try:
    c.do = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(C.__dict__["do"]).__name__, "do" in c.__dict__)
class Named:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
    def __get__(self, obj, owner):
        return f"{self.owner}.{self.name}"
class D:
    first = Named()
    second = Named()
print(D.first, D().second)
class Late: pass
Late.third = Named()
try:
    Late.third
except AttributeError as e:
    print("no __set_name__ after creation:", e)
class Counter:
    count = 0
    def __get__(self, obj, owner):
        Counter.count += 1
        return Counter.count
class E:
    c = Counter()
print(E.c, E().c, E.__dict__["c"].__class__.__name__, E.c)
class F:
    def method(self): return "m"
f = F()
f.method = lambda: "instance"
print(f.method(), F.method(f))
print(F.__dict__["method"].__get__(f)(), F.__dict__["method"].__get__(None, F) is F.__dict__["method"])

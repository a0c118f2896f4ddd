# __set_name__ is called for every attribute when the class is made, in definition order.
class Field:
    def __init__(self, default):
        self.default = default
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.name, self.default)
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
class Model:
    x = Field(1)
    y = Field(2)
    z = x
m = Model()
m.y = 5
print(m.x, m.y, m.z, Model.x.name, vars(m))
class CallableSetName:
    __set_name__ = staticmethod(lambda owner, name: print("static set_name", owner.__name__, name))
class Host:
    a = CallableSetName()
class InstanceAttr:
    pass
ia = InstanceAttr()
ia.__set_name__ = lambda owner, name: print("never called")
class Host2:
    b = ia
print("instance attribute __set_name__ ignored")
class Failing:
    def __set_name__(self, owner, name):
        raise ValueError(f"cannot use {name}")
try:
    class Host3:
        good = Field(0)
        bad = Failing()
except ValueError as e:
    print("ValueError:", e, e.__notes__)
t = type("Dyn", (), {"f": Field(3)})
print(t.f.name, t().f)

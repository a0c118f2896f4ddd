# Descriptors learn their attribute name through __set_name__; a typed field descriptor.
class Field:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)
class Rec:
    x = Field(int)
    label = Field(str)
r = Rec()
r.x = 3
r.label = "hi"
print(r.x, r.label, vars(r))
try:
    r.x = "no"
except TypeError as e:
    print("TypeError", e)
print(Rec.x.name, Rec.label.private, isinstance(Rec.__dict__["x"], Field))
shared = Field(float)
class Two:
    a = shared
    b = shared
print(shared.name)
p = property(lambda self: 1)
class UsesProp:
    q = p
print(hasattr(p, "__set_name__"), UsesProp().q)
class Sub(Rec):
    y = Field(bytes)
s = Sub()
s.y = b"z"
s.x = 1
print(s.y, s.x)

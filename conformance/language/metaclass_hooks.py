# Class creation hooks: __prepare__, metaclass __new__/__init__/__call__, __init_subclass__, __set_name__.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("call", cls.__name__, args)
        return super().__call__(*args)
class A(metaclass=Meta, flag=True):
    x = 1
    def m(self): pass
print(A.injected, type(A).__name__)
a = A()
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print("init_subclass", cls.__name__, tag)
class Child(Base, tag="t1"): pass
class Grand(Child): pass
print(Child.tag, Grand.tag)
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class Model:
    f1 = Field()
    f2 = Field()
print(Model.f1.name, Model.f2.name)
try:
    class Bad(Base, unknown=1): pass
except TypeError as e:
    print(e)
Dyn = type("Dyn", (Base,), {"v": 2}, tag="dyn")
print(Dyn.v, Dyn.tag, Dyn.__name__)
try:
    type("X", (1,), {})
except TypeError as e:
    print(e)
class M2(type): pass
class M3(type): pass
class P(metaclass=M2): pass
class Q(metaclass=M3): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(e)

# Class decorators run bottom-up after the class is made and may return anything.
def tag(label):
    def deco(cls):
        print("decorating", cls.__name__, "with", label)
        cls.tags = getattr(cls, "tags", ()) + (label,)
        return cls
    return deco
@tag("outer")
@tag("inner")
class A:
    pass
print(A.tags)
def replace(cls):
    return "replaced " + cls.__name__
@replace
class B:
    pass
print(B)
def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco
reg = {}
@register(reg)
class C:
    pass
@register(reg)
class D(C):
    pass
print(sorted(reg), reg["D"].__mro__[1] is C)
def add_method(cls):
    def hello(self):
        return f"hello from {type(self).__name__}"
    cls.hello = hello
    return cls
@add_method
class E:
    pass
class F(E):
    pass
print(E().hello(), F().hello(), E.hello.__qualname__)
def wrap(cls):
    class Wrapped(cls):
        def extra(self):
            return "extra"
    Wrapped.__name__ = cls.__name__
    return Wrapped
@wrap
class G:
    pass
print(G.__name__, G.__qualname__, G().extra(), G.__mro__[1].__name__)

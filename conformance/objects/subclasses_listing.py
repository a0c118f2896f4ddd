# type.__subclasses__() lists direct subclasses in creation order; __bases__ changes update it.
class Root:
    pass
class A(Root):
    pass
class B(Root):
    pass
class C(A, B):
    pass
names = lambda cls: [c.__name__ for c in cls.__subclasses__()]
print(names(Root), names(A), names(B), names(C))
D = type("D", (Root,), {})
print(names(Root))
class Other:
    pass
class Movable(Other):
    pass
print(names(Other))
Movable.__bases__ = (Root,)
print(names(Other), names(Root))
print(type(Root.__subclasses__()).__name__, Root.__subclasses__() is not Root.__subclasses__())
print([c.__name__ for c in bool.__subclasses__()], "bool" in [c.__name__ for c in int.__subclasses__()])
print(type.__subclasses__(Root) == Root.__subclasses__())
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(names(WithMeta))
try:
    names(Meta)
except TypeError as e:
    print("TypeError", e)
print([c.__name__ for c in Meta.__subclasses__(Meta)])

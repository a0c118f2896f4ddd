# __subclasses__ lists direct subclasses in creation order; __bases__ and __mro__ of a small hierarchy.
class Plugin:
    pass
class A(Plugin): pass
class B(Plugin): pass
class C(A): pass
class D(A, B): pass
print([k.__name__ for k in Plugin.__subclasses__()], [k.__name__ for k in A.__subclasses__()], [k.__name__ for k in B.__subclasses__()])
def walk(cls, depth=0):
    print("  " * depth + cls.__name__)
    for sub in cls.__subclasses__():
        walk(sub, depth + 1)
walk(Plugin)
print([k.__name__ for k in D.__mro__], D.__bases__, type.__subclasses__(Plugin) == Plugin.__subclasses__())
def make(n):
    return type(f"Dyn{n}", (Plugin,), {})
dyn = [make(i) for i in range(3)]
print([k.__name__ for k in Plugin.__subclasses__()])
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(cls.__qualname__)
class Base(metaclass=Registry): pass
class Outer:
    class Inner(Base): pass
class Leaf(Outer.Inner): pass
print(Registry.classes)

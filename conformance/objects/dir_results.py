# dir() of instances, classes, metaclass-made classes, modules; __dir__ overrides.
class A:
    cls_attr = 1
    def method(self):
        pass
class B(A):
    def __init__(self):
        self.inst = 2
own = lambda names: [n for n in names if not n.startswith("__")]
print(own(dir(B())), own(dir(B)))
print("__init__" in dir(B), "__dict__" in dir(B()), "__class__" in dir(B()), "mro" in dir(B))
class Meta(type):
    meta_attr = 1
class C(metaclass=Meta):
    pass
print("meta_attr" in dir(C), "meta_attr" in dir(Meta), hasattr(C, "meta_attr"))
class Custom:
    def __dir__(self):
        return ["z", "a", "m", "a"]
print(dir(Custom()))
class TupleDir:
    def __dir__(self):
        return ("q", "b")
print(dir(TupleDir()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print("TypeError", e)
import types
m = types.ModuleType("mod", "doc")
m.x = 1
print(dir(m))
class ModDir(types.ModuleType):
    pass
m2 = ModDir("m2")
m2.__dir__ = lambda: ["override"]
print(dir(m2))
m3 = types.ModuleType("m3")
def __dir__():
    return ["custom", "names"]
m3.__dir__ = __dir__
print(dir(m3))
class S:
    __slots__ = ("a", "b")
print(own(dir(S())), "__dict__" in dir(S()))
print(dir(1) == dir(int), own(dir(None)))
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError", e)

# Methods every object inherits from object: __eq__/__ne__ defaults, __ne__ derived from __eq__, __format__, __dir__.
class Plain:
    pass
a, b = Plain(), Plain()
print(a.__eq__(a), a.__eq__(b), a.__ne__(b), a.__lt__(b), a == a, a != b)
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("EqOnly.__eq__")
        return isinstance(o, EqOnly) and self.v == o.v
print(EqOnly(1) != EqOnly(1), EqOnly(1) != EqOnly(2))
class EqNotImpl:
    def __eq__(self, o):
        return NotImplemented
x = EqNotImpl()
print(x == x, x != x, x == EqNotImpl(), x != 5)
print(format(a, "") == str(a), Plain.__format__ is object.__format__)
class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "beta"]
print(dir(WithDir()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
print(object.__init_subclass__(), object.__subclasshook__(), Plain.__init_subclass__ is object.__init_subclass__ if False else "skip")
print(sorted(n for n in dir(object) if n in {"__eq__", "__hash__", "__repr__", "__str__", "__class__", "__doc__", "__init__", "__new__", "__reduce_ex__", "__getstate__", "__format__", "__dir__", "__setattr__"}))
print(object().__reduce_ex__(2)[0].__name__, Plain().__getstate__(), vars(Plain()))
p = Plain(); p.x = 1
print(p.__getstate__())
print(object.__doc__, object.__name__, type(object.__hash__).__name__)
o = object()
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__str__(5), object.__repr__(Plain).startswith("<class"), str(object) , Plain.__str__ is object.__str__)

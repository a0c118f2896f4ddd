# isinstance consults __class__ when the real type does not match; issubclass uses __bases__.
class Fake:
    @property
    def __class__(self):
        return int
f = Fake()
print(isinstance(f, int), isinstance(f, Fake), type(f).__name__, f.__class__.__name__)
class Proxyish:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, name):
        return getattr(self._t, name)
    __class__ = property(lambda self: type(self._t))
p = Proxyish([1])
print(isinstance(p, list), isinstance(p, Proxyish), p.__class__.__name__)
class ClassLike:
    def __init__(self, bases):
        self.__bases__ = bases
base = ClassLike(())
derived = ClassLike((base,))
print(issubclass(derived, base), issubclass(base, derived))
class InstanceOfClassLike:
    __class__ = derived
print(isinstance(InstanceOfClassLike(), base))
try:
    isinstance(1, ClassLike)
    print("ok real class")
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, ClassLike(5))
except TypeError as e:
    print("TypeError", e)
print(isinstance(True, int), issubclass(bool, (str, int)), isinstance(1, (list, (str, int))))

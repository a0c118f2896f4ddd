# object.__setattr__ honors data descriptors (properties, slots); custom __setattr__ wraps it.
class Validated:
    __slots__ = ("_age", "name")
    def __init__(self, name, age):
        self.name = name
        self.age = age
    @property
    def age(self):
        return self._age
    @age.setter
    def age(self, v):
        if v < 0:
            raise ValueError("age must be >= 0")
        self._age = v
    def __setattr__(self, key, value):
        print(f"__setattr__({key!r}, {value!r})")
        object.__setattr__(self, key, value)
v = Validated("ann", 3)
print(v.name, v.age, v._age)
try:
    v.age = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    v.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
object.__setattr__(v, "age", 10)
print(v.age)
try:
    object.__setattr__(5, "x", 1)
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(int, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    pass
class K(metaclass=Meta):
    pass
type.__setattr__(K, "added", "via type.__setattr__")
print(K.added)
class ReadOnlyAfterInit:
    def __init__(self):
        self.x = 1
        self._frozen = True
    def __setattr__(self, k, v):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{type(self).__name__} is frozen; cannot set {k}")
        super().__setattr__(k, v)
r = ReadOnlyAfterInit()
try:
    r.x = 2
except AttributeError as e:
    print(type(e).__name__, e)
print(r.x, vars(r))

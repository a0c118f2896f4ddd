# type.__call__ and metaclass __call__: singletons, instance counting, skipping __init__.
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, value=0):
        print("Config.__init__", value)
        self.value = value
a = Config(1)
b = Config(2)
print(a is b, a.value, type(Config).__name__)
class NoInit(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj
class Thing(metaclass=NoInit):
    def __init__(self):
        print("never")
t = Thing(1, 2)
print(t.args, type(t).__name__)
print(type.__call__(list, "ab"), type(5), type(Thing), type(type))
class Counting(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.count = 0
    def __call__(cls, *a):
        cls.count += 1
        return super().__call__(*a)
class C(metaclass=Counting):
    pass
C(); C()
print(C.count)
class NewReturnsInt:
    def __new__(cls):
        return 7
print(NewReturnsInt(), type(NewReturnsInt()))
try:
    type.__call__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    type.__new__(int, "x", (), {})
except TypeError as e:
    print("TypeError:", e)
class M(type):
    pass
X = M("X", (), {"a": 1})
print(type(X).__name__, X.a, isinstance(X, M), M.__call__ is type.__call__)
print(type.__init__(X, "X", (), {}), type(X.__dict__).__name__)
try:
    type.__init__(X, "X", (), {}, k=1)
    print("kwargs accepted with 3 args")
    type.__init__(X, "X", k=1)
except TypeError as e:
    print("TypeError:", e)

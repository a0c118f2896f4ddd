# Class keyword arguments reach __init_subclass__; object's rejects them with CPython's text.
try:
    class A(flag=True):
        pass
except TypeError as e:
    print("TypeError", e)
class Base:
    def __init_subclass__(cls, /, required, **rest):
        print("init_subclass", cls.__name__, required, rest)
        super().__init_subclass__(**rest)
class Ok(Base, required=1):
    pass
try:
    class Missing(Base):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Extra(Base, required=1, other=2):
        pass
except TypeError as e:
    print("TypeError", e)
class Explicit:
    @classmethod
    def __init_subclass__(cls):
        print("explicit classmethod", cls.__name__)
class Child(Explicit):
    pass
try:
    type("T", (), {}, x=1)
except TypeError as e:
    print("TypeError", e)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
try:
    class WithMeta(metaclass=Meta, extra=1):
        pass
    print("ok WithMeta")
except TypeError as e:
    print("TypeError", e)
class Meta2(type):
    def __init__(cls, name, bases, ns, **kw):
        print("Meta2 init", kw)
        super().__init__(name, bases, ns)
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
class WithMeta2(metaclass=Meta2, extra=1):
    pass
print(object.__init_subclass__(), type(object.__dict__["__init_subclass__"]).__name__)
try:
    object.__init_subclass__(1)
except TypeError as e:
    print("TypeError", e)

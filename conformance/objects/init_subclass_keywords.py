# __init_subclass__ receives the class statement's keywords; registries and errors.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
class Alpha(Plugin, name="a"):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta, name="g"):
    pass
print(sorted(Plugin.registry), Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Strict:
    def __init_subclass__(cls, *, required):
        cls.required = required
class Ok(Strict, required=5):
    pass
print(Ok.required)
try:
    class Missing(Strict):
        pass
except TypeError as e:
    print("TypeError:", e)
class Chain1:
    def __init_subclass__(cls, **kw):
        print("Chain1 sees", cls.__name__, kw)
        super().__init_subclass__()
class Chain2(Chain1):
    def __init_subclass__(cls, extra=None, **kw):
        print("Chain2 sees", cls.__name__, extra)
        super().__init_subclass__(**kw)
class Leaf(Chain2, extra=1, other=2):
    pass
print(type(Chain1.__dict__["__init_subclass__"]).__name__)
class ImplicitClassmethod:
    def __init_subclass__(cls):
        print("implicit classmethod got", cls.__name__)
class Child(ImplicitClassmethod):
    pass
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__ kw", kw)
        return super().__new__(mcs, name, bases, ns, **kw)
class WithMeta(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("init_subclass kw", kw)
class Sub(WithMeta, flag=True):
    pass
try:
    object.__init_subclass__(1)
except TypeError as e:
    print("TypeError:", e)

# __init_subclass__ and __set_name__ hooks.
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
        print("registered", cls.plugin_name)

class Alpha(Plugin):
    pass
class Beta(Plugin, name="custom-beta"):
    pass
class Gamma(Alpha):
    pass
print(Plugin.registry, Gamma.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Field:
    def __set_name__(self, owner, name):
        print(f"__set_name__ {owner.__name__}.{name}")
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value)

class Model:
    title = Field()
    body = Field()
m = Model()
print(m.title)
m.title = "hello"
print(m.title, m._title, Model.title.name)
f = Field()
Model.late = f
print(hasattr(f, "name"))
class Explodes:
    def __set_name__(self, owner, name):
        raise ValueError("boom in set_name")
try:
    class Host:
        attr = Explodes()
except ValueError as e:
    print(type(e).__name__, e, "| note:", getattr(e, '__notes__', None))
class NoKw:
    pass
try:
    class Sub(NoKw, flag=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)

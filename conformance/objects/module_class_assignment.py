# Modules may change __class__ to a ModuleType subclass (for module-level properties).
import types
class Verbose(types.ModuleType):
    @property
    def computed(self):
        return "computed on " + self.__name__
    def __setattr__(self, name, value):
        print("setting", name)
        super().__setattr__(name, value)
m = types.ModuleType("plain")
m.__class__ = Verbose
print(type(m).__name__, m.computed)
m.x = 1
print(m.x, isinstance(m, types.ModuleType))
class Other:
    pass
try:
    m.__class__ = Other
except TypeError as e:
    print("TypeError", e)
m.__class__ = types.ModuleType
print(type(m).__name__, hasattr(m, "computed"))
sub = Verbose("sub")
print(sub.__name__, repr(sub), sub.__dict__.keys() >= {"__name__"})

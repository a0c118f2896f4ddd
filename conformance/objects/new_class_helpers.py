# types.new_class, prepare_class and resolve_bases follow the class statement's steps.
import types
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"from_prepare": True}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
def body(ns):
    ns["x"] = 1
C = types.new_class("C", (), {"metaclass": Meta, "flag": 1}, body)
print(C.__name__, type(C).__name__, C.x, C.from_prepare)
meta, ns, kwds = types.prepare_class("D", (C,), {"other": 2})
print(meta.__name__, ns, kwds)
class Entry:
    def __mro_entries__(self, bases):
        return (C,)
print(types.resolve_bases((Entry(), int)))
E = types.new_class("E", (Entry(),))
print(E.__bases__, E.__orig_bases__[0].__class__.__name__, type(E).__name__)
print(types.new_class("Plain").__mro__)
try:
    types.new_class("Bad", (1,))
except TypeError as e:
    print("TypeError", e)

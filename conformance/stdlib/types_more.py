# types: dynamic class creation, PEP 560 base resolution, DynamicClassAttribute, coroutine.
import types

print(types.__all__)
print(hasattr(types, 'sys'), types.LambdaType is types.FunctionType)

class Entry:
    def __init__(self, *extra):
        self.extra = extra
    def __mro_entries__(self, bases):
        return self.extra

print(types.resolve_bases((int,)) , types.resolve_bases((Entry(int, str), Entry(), float)))
t = (int,)
print(types.resolve_bases(t) is t)
try:
    class Bad:
        def __mro_entries__(self, bases):
            return [int]
    types.resolve_bases((Bad(),))
except TypeError as e:
    print("TypeError", e)

K = types.new_class("K", (Entry(dict),), None, lambda ns: ns.__setitem__("z", 3))
print(K.__mro__, K.z, types.get_original_bases(K)[0].__class__.__name__)
print(types.get_original_bases(int), types.get_original_bases(K) is K.__orig_bases__)
try:
    types.get_original_bases(3)
except TypeError as e:
    print("TypeError", e)

class M1(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"from_prepare": True}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
class M2(type):
    pass
A = types.new_class("A", (), {"metaclass": M1, "flag": 1})
print(type(A).__name__, A.from_prepare)
kw = {"metaclass": M1, "x": 2}
meta, ns, left = types.prepare_class("B", (A,), kw)
print(meta.__name__, ns, left, kw)
print(types.prepare_class("C", (A,))[0].__name__, types.prepare_class("D")[:2])
B2 = types.new_class("B2", (), {"metaclass": M2})
try:
    types.prepare_class("E", (A, B2))
except TypeError as e:
    print("TypeError", e)
print(types.prepare_class("F", (), {"metaclass": lambda *a: None})[1:])

class Shape:
    @types.DynamicClassAttribute
    def name(self):
        "the name"
        return "inst:" + type(self).__name__
    @name.setter
    def name(self, v):
        print("set", v)
print(Shape().name, Shape.__dict__["name"].__doc__)
try:
    Shape.name
except AttributeError as e:
    print("AttributeError", repr(e))
s = Shape()
s.name = 5
try:
    del s.name
except AttributeError as e:
    print("AttributeError", e)
d = types.DynamicClassAttribute(None, None, None, "doc")
for op in [lambda: d.__get__(s), lambda: d.__set__(s, 1)]:
    try:
        op()
    except AttributeError as e:
        print("AttributeError", e)
g = d.getter(lambda self: 9)
print(g.__get__(s), g.__doc__, g.overwrite_doc)

try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError", e)

@types.coroutine
def gen():
    v = yield "step"
    return v * 2

async def user():
    return await gen()

c = user()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("result", e.value)
print(bool(gen.__code__.co_flags & 0x100))
def notgen():
    return 1
print(types.coroutine(notgen)(), types.coroutine(len)("ab"))

ns = types.SimpleNamespace(x=1)
print(ns, ns == types.SimpleNamespace(x=1))

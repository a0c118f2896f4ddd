# dir() of instances, classes and objects with __dir__; type.__dict__ as a mappingproxy.
class Base:
    base_attr = 1
    def base_method(self): pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
names = dir(Child())
print([n for n in names if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print("__init__" in names, "__dict__" in names, names == sorted(names))
class Custom:
    def __dir__(self):
        return ["b", "a", "c", "a"]
print(dir(Custom()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(e)
mp = Child.__dict__
print(type(mp).__name__, mp["child_attr"], "child_attr" in mp, "base_attr" in mp, len(mp) >= 3)
print(sorted(k for k in mp if not k.startswith("__")))
print(mp.get("nope", "dflt"), sorted(mp.keys())[:2])
try:
    mp["x"] = 1
except TypeError as e:
    print(e)
try:
    del mp["child_attr"]
except TypeError as e:
    print(e)
try:
    mp.clear()
except AttributeError as e:
    print(e)
copy = mp.copy()
print(type(copy).__name__, copy["child_attr"])
print(Child.__dict__ == dict(Child.__dict__), repr(type("E", (), {"__module__": "m"}).__dict__))
import types
proxy = types.MappingProxyType({"k": 1})
print(proxy, proxy["k"], list(proxy.items()), proxy | {"j": 2})
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(e)
print(vars(Child())["inst"], sorted(vars(Base))[:1])

# dict(m), dict.update(m) and {**m}: which overridden methods of the mapping get called.
class KeysOverride(dict):
    def keys(self):
        print("keys called")
        return ["a"]
    def __getitem__(self, k):
        print("getitem", k)
        return 99
k = KeysOverride(a=1, b=2)
print(dict(k))
print({**k})
d = {}
d.update(k)
print(d)
class IterOverride(dict):
    def __iter__(self):
        print("iter called")
        return iter(["a"])
    def keys(self):
        print("keys called")
        return ["a"]
    def __getitem__(self, k):
        print("getitem", k)
        return 42
i = IterOverride(a=1, b=2)
print(dict(i))
print({**i})
class Mapping:
    def keys(self):
        print("Mapping.keys")
        return ("x", "y")
    def __getitem__(self, k):
        print("Mapping.getitem", k)
        return k * 2
print(dict(Mapping()))
print({**Mapping()})
def f(**kw):
    return kw
print(f(**Mapping()))
class NoGetItem:
    def keys(self):
        return ["z"]
try:
    dict(NoGetItem())
except TypeError as e:
    print("TypeError", e)
try:
    {**[1, 2]}
except TypeError as e:
    print("TypeError", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError", e)

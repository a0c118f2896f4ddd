# __getitem__/__setitem__/__delitem__/__len__/__contains__ with ints, slices and keys.
class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("get", repr(key))
        if isinstance(key, slice):
            return (key.start, key.stop, key.step)
        if key in self.data:
            return self.data[key]
        if isinstance(key, tuple) or key is Ellipsis:
            return f"structured {key!r}"
        raise KeyError(key)
    def __setitem__(self, key, value):
        print("set", repr(key), value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", repr(key))
        del self.data[key]
    def __len__(self):
        return len(self.data)
    def __contains__(self, key):
        print("contains", repr(key))
        return key in self.data

g = Grid()
g[0, 1] = "a"
g["k"] = "b"
print(g[0, 1], g[1:5], g[::2], g[1:2, 3], g[...])
print((0, 1) in g, "zz" in g, "zz" not in g, len(g))
del g["k"]
try:
    g["missing"]
except KeyError as e:
    print(type(e).__name__, e)

class ReadOnly:
    def __getitem__(self, i):
        return i * 2
r = ReadOnly()
print(r[21])
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del r[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(r)
except TypeError as e:
    print(type(e).__name__, e)
class ContainsViaIter:
    def __iter__(self):
        print("iterating for in")
        return iter([1, 2, 3])
print(2 in ContainsViaIter(), 5 in ContainsViaIter())
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
class ContainsReturnsObj:
    def __contains__(self, x): return [x]
print(1 in ContainsReturnsObj(), 1 not in ContainsReturnsObj())

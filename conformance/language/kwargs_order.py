# **kwargs preserve call order; the dict is fresh per call; mapping-unpacking uses keys().
def collect(**kw):
    return kw
print(collect(z=1, a=2, m=3), list(collect(b=1, a=2)))
base = {"x": 1}
got = collect(**base)
got["y"] = 2
print(base, got)
class KeysMapping:
    def keys(self):
        print("keys() called")
        return ["one", "two"]
    def __getitem__(self, k):
        print("getitem", k)
        return k.upper()
print(collect(**KeysMapping()))
print(dict(**KeysMapping()) if False else {**KeysMapping()})
def positional_and_kw(a, b, **rest):
    return a, b, rest
print(positional_and_kw(b=2, a=1, c=3), positional_and_kw(1, **{"b": 2, "z": 0}))
try:
    collect(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
def kwonly(*, key):
    return key
print(kwonly(**{"key": "from dict"}))
import collections
od = collections.OrderedDict([("q", 1), ("p", 2)])
print(collect(**od))
class NotMapping:
    pass
try:
    collect(**NotMapping())
except TypeError as e:
    print(type(e).__name__, e)
print(collect(**{"if": 1, "class": 2, "not an identifier": 3}))

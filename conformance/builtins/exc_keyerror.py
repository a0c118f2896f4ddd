# KeyError's str is the repr of its single argument; several arguments print as a tuple.
for args in [(), ("k",), (1,), ("a", "b"), ("",), (None,), (("t", 1),), ("quote'",)]:
    e = KeyError(*args)
    print(repr(str(e)), repr(e))
try:
    {}["missing"]
except KeyError as e:
    print(e, e.args, repr(e))
try:
    {}[("x", 1)]
except KeyError as e:
    print(e, e.args)
class MyKey(KeyError):
    pass
print(str(MyKey("z")), str(LookupError("z")), str(IndexError("z")))
try:
    set().remove(frozenset())
except KeyError as e:
    print(e)

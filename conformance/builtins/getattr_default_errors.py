# getattr/setattr/delattr/hasattr: defaults, non-str names, errors raised by properties, messages.
class A:
    x = 1
    @property
    def boom(self):
        raise KeyError("inside property")
    @property
    def attr_err(self):
        raise AttributeError("property says no")
a = A()
print(getattr(a, "x"), getattr(a, "y", "dflt"), getattr(a, "attr_err", "dflt"), hasattr(a, "attr_err"), hasattr(a, "x"))
try:
    getattr(a, "boom", None)
except KeyError as e:
    print("KeyError", e)
try:
    hasattr(a, "boom")
except KeyError as e:
    print("KeyError", e)
for bad in [lambda: getattr(a, 1), lambda: getattr(a, b"x"), lambda: setattr(a, 1, 2), lambda: delattr(a, None), lambda: hasattr(a, 1),
            lambda: getattr(a), lambda: getattr(a, "y"), lambda: delattr(a, "y"), lambda: setattr(1, "x", 2), lambda: delattr(int, "real"),
            lambda: getattr(a, "x", 1, 2)]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class S(str):
    pass
setattr(a, S("z"), 5)
print(a.z, getattr(a, S("z")), vars(a))

# object(): its methods called directly, comparison defaults, __init__/__new__ argument checks, attributes.
o = object()
print(o.__eq__(o), o.__eq__(1), o.__ne__(o), o.__lt__(o), o.__hash__() == hash(o), o.__format__("") == str(o), o.__sizeof__() > 0)
print(object.__reduce_ex__(o, 2)[0].__name__ if hasattr(object.__reduce_ex__(o, 2)[0], "__name__") else "?", o.__class__.__name__)
print(object.__subclasshook__(), object.__init_subclass__(), sorted(n for n in dir(o) if not n.startswith("__r"))[:10])
for bad in [lambda: object(1), lambda: object(x=1), lambda: o.__format__("d"), lambda: setattr(o, "x", 1), lambda: o.x,
            lambda: object.__new__(1), lambda: object.__new__(int), lambda: object.__init__(o, 1), lambda: o < o,
            lambda: object.__setattr__(o, "__class__", int), lambda: object.__delattr__(o, "x")]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class A:
    def __init__(self, *args):
        pass
class B:
    def __new__(cls, *args):
        return object.__new__(cls)
print(type(A(1, 2)).__name__, type(B(1, 2)).__name__)
class C:
    pass
for bad in [lambda: C(1), lambda: C(x=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
c_obj = C()
print(object.__str__(c_obj) == object.__repr__(c_obj) or "diff", str(object.__dict__.get("__doc__"))[:20])

# __slots__ members: descriptors, unset slots, deletion, conflicts, __dict__ in slots.
class P:
    __slots__ = ("x", "y")
print(P.x, type(P.x).__name__, P.x.__name__, P.x.__objclass__.__name__)
p = P()
try:
    p.x
except AttributeError as e:
    print("AttributeError", e)
p.x = 1
del p.x
try:
    del p.x
except AttributeError as e:
    print("AttributeError", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError", e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.other = 2
print(w.__dict__, w.a)
for bad in ((1,), ("a b",), ("__dict__", "__dict__")):
    try:
        type("Bad", (), {"__slots__": bad})
    except TypeError as e:
        print("TypeError", e)
class S(str):
    __slots__ = ("meta",)
s = S("hi")
s.meta = 1
print(s, s.meta)
class Str:
    __slots__ = "single"
print(Str.__slots__, hasattr(Str(), "__dict__"), Str.single.__name__)
class Mangled:
    __slots__ = ("__private",)
    def set(self):
        self.__private = 5
        return self.__private
print(Mangled().set(), [k for k in Mangled.__dict__ if "private" in k])
class Child(P):
    __slots__ = ("z",)
c = Child()
c.x, c.z = 1, 2
print(c.x, c.z, hasattr(c, "__dict__"))
try:
    P.x.__set__(object(), 1)
except TypeError as e:
    print("TypeError", e)
print(P.__slots__, type(P.__dict__["__slots__"]).__name__)

# A class's own dict can only change through setattr/delattr, which keeps caches right.
class C:
    x = 1
try:
    C.__dict__["x"] = 2
except TypeError as e:
    print("TypeError", e)
print(C.x)
setattr(C, "x", 3)
print(C.x, C.__dict__["x"])
C.y = lambda self: "method"
print(C().y(), "y" in C.__dict__)
type.__setattr__(C, "z", 4)
print(C.z)
type.__delattr__(C, "z")
print(hasattr(C, "z"))
try:
    type.__setattr__(int, "z", 1)
except TypeError as e:
    print("TypeError", e)
try:
    object.__setattr__(C, "w", 1)
except TypeError as e:
    print("TypeError", e)
class Sub(C):
    pass
s = Sub()
print(s.x)
C.x = 10
print(s.x, Sub.x)
Sub.x = 20
print(s.x, C.x)
del Sub.x
print(s.x)
print(sorted(k for k in vars(Sub) if not k.startswith("__")), type(vars(Sub)).__name__)

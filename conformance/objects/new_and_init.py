# __new__ and __init__ rules: argument errors, __new__ returning other types, immutables.
class Plain:
    pass
try:
    Plain(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Plain(a=1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyInit:
    def __init__(self, x):
        self.x = x
print(OnlyInit(3).x)
class OnlyNew:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
print(type(OnlyNew(1, 2)).__name__)
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(ReturnsOther())
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper("abc"), type(Upper("x")).__name__, Upper("q") == "Q")
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
print(Point(1, 2), Point(1, 2).x)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__init__(Plain(), 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__new__(str)
except TypeError as e:
    print(type(e).__name__, e)
class Sub(OnlyInit):
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.created = True
        return inst
s = Sub(5)
print(s.x, s.created)
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]
    def __init__(self, key):
        print("init runs every time", key)
print(Cached("a") is Cached("a"))
try:
    OnlyInit()
except TypeError as e:
    print(type(e).__name__, e)

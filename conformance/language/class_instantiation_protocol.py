# __new__ and __init__: argument errors, returning other types, singleton patterns.
class Plain:
    pass
try:
    Plain(1)
except TypeError as e:
    print(e)
class InitOnly:
    def __init__(self, a): self.a = a
try:
    InitOnly()
except TypeError as e:
    print(e)
class NewOnly:
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)
NewOnly(1, 2)
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("init not called")
print(ReturnsOther())
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(e)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class Sub(InitOnly):
    def __init__(self):
        super().__init__("from sub")
print(Sub().a)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
class Both:
    def __new__(cls, x): return super().__new__(cls)
    def __init__(self, x): self.x = x
print(Both(3).x)

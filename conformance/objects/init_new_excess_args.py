# Excess-argument errors from object.__new__ and object.__init__, by which methods are overridden.
class Empty:
    pass
for args in ((1,), ()):
    try:
        Empty(*args)
        print("ok")
    except TypeError as e:
        print("TypeError", e)
try:
    Empty(x=1)
except TypeError as e:
    print("TypeError", e)
class OnlyInit:
    def __init__(self, a):
        super().__init__()
        self.a = a
print(OnlyInit(1).a)
class PassesUp:
    def __init__(self, a):
        super().__init__(a)
try:
    PassesUp(1)
except TypeError as e:
    print("TypeError", e)
class OnlyNew:
    def __new__(cls, a):
        return super().__new__(cls)
print(type(OnlyNew(1)).__name__)
class NewPassesUp:
    def __new__(cls, a):
        return super().__new__(cls, a)
try:
    NewPassesUp(1)
except TypeError as e:
    print("TypeError", e)
for f in (lambda: object(1), lambda: object.__init__(object(), 1), lambda: object.__new__(Empty, 1),
          lambda: object.__new__(1), lambda: object.__new__(int), lambda: object.__init__(),
          lambda: Empty.__init__(Empty(), 1)):
    try:
        f()
        print("ok")
    except TypeError as e:
        print("TypeError", e)
class Both:
    def __new__(cls, *a):
        return super().__new__(cls)
    def __init__(self, *a):
        super().__init__()
print(type(Both(1, 2)).__name__)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError", e)
class NewOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("not called")
print(NewOther())

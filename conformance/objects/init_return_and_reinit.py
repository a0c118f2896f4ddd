# __init__ must return None; calling __init__ again on a live object re-runs it.
class A:
    def __init__(self, v):
        self.v = v
a = A(1)
a.__init__(2)
print(a.v)
A.__init__(a, 3)
print(a.v)
class Ret:
    def __init__(self):
        return None
print(type(Ret()).__name__)
class RetZero:
    def __init__(self):
        return 0
try:
    RetZero()
except TypeError as e:
    print("TypeError", e)
class RetGen:
    def __init__(self):
        yield 1
try:
    RetGen()
except TypeError as e:
    print("TypeError", e)
class NewOnly:
    def __new__(cls, *a, **k):
        inst = super().__new__(cls)
        inst.made = (a, k)
        return inst
print(NewOnly(1, k=2).made)
class InitWithNew(NewOnly):
    def __init__(self, *a, **k):
        self.inited = True
x = InitWithNew(5)
print(x.made, x.inited)
try:
    A()
except TypeError as e:
    print("TypeError", e)
try:
    A(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    A(v=1, w=2)
except TypeError as e:
    print("TypeError", e)

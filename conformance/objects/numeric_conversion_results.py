# int()/float()/complex()/round()/math.trunc etc. call the special methods and check their results.
import math
class N:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1j
    def __index__(self):
        return 3
    def __round__(self, nd=None):
        return ("round", nd)
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
n = N()
print(int(n), float(n), complex(n), round(n), round(n, 1), math.trunc(n), math.floor(n), math.ceil(n))
class OnlyIndex:
    def __index__(self):
        return 4
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))
class BadInt:
    def __int__(self):
        return "x"
class BadFloat:
    def __float__(self):
        return 1
class BadComplex:
    def __complex__(self):
        return 1.0
for f in (lambda: int(BadInt()), lambda: float(BadFloat()), lambda: complex(BadComplex()),
          lambda: round(object()), lambda: math.trunc(object()), lambda: math.floor("x"),
          lambda: int(object()), lambda: float([]), lambda: complex({})):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
class MyInt(int):
    def __int__(self):
        return 99
    def __index__(self):
        return 98
print(int(MyInt(5)), float(MyInt(5)), [0, 1, 2, 3, 4, 5][MyInt(5)], MyInt(5) + 0)
print(round(2.5), round(3.5), round(1.25, 1), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)

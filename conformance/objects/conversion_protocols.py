# __index__, __int__, __float__, __complex__, __round__, __trunc__, __floor__, __ceil__, __bytes__.
import math
class Idx:
    def __index__(self):
        return 3
i = Idx()
print([10, 20, 30, 40][i], "abcdef"[i:], bin(i), hex(i), oct(i), range(i), int(i))
print(operator_index := __import__("operator").index(i), [0] * i, (1).__lshift__(i))
class Num:
    def __int__(self): return 42
    def __float__(self): return 2.5
    def __complex__(self): return 1 + 2j
    def __round__(self, nd=None): return f"round({nd})"
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __bytes__(self): return b"bytes!"
n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n), bytes(n))
try:
    [1, 2][n]
except TypeError as e:
    print(type(e).__name__, e)
class OnlyFloat:
    def __float__(self): return 1.5
try:
    int(OnlyFloat())
except TypeError as e:
    print(type(e).__name__, e)
print(math.sqrt(OnlyFloat()), float(Idx()), complex(OnlyFloat()))
class BadInt:
    def __int__(self): return "x"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
class BadIndex:
    def __index__(self): return 1.0
try:
    [1][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
class IntSubResult:
    def __index__(self):
        return 1
print(range(5)[IntSubResult()], hex(IntSubResult()))
try:
    round(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(object())
except TypeError as e:
    print(type(e).__name__, e)
print(int(True), float(False), complex(True), int(3.99), int(-3.99), int("  12  "))

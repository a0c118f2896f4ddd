# int() through __int__, __index__, __trunc__; results of odd types; index() usage.
class I:
    def __index__(self): return 7
class N:
    def __int__(self): return 9
class T:
    def __trunc__(self): return 11
class Bad:
    def __int__(self): return "x"
class BoolInt:
    def __int__(self): return True
print(int(I()), int(N()), operator_index := __import__("operator").index(I()), [1, 2, 3, 4, 5, 6, 7, 8][I()], bin(I()), hex(I()))
for bad in [lambda: int(Bad()), lambda: [1][N()], lambda: hex(N()), lambda: range(N()), lambda: (lambda i: "abc"[i])(1.0)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(int.__index__(5), (5).__int__(), (5).__float__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__(), (5).__round__(), (1234).__round__(-2))
print(round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1), round(5, 2), type(round(5, 2)).__name__)

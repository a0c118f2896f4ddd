# and/or/not return operands and short-circuit; __bool__ and __len__ truthiness.
def t(v):
    print("eval", v)
    return v
print(t(0) and t(1), t(1) and t(2), t(0) or t(3), t("") or t(None))
print(not [], not [0], [] or {} or "last", 1 and [] and "never")
class NoBool:
    pass
class LenZero:
    def __len__(self): return 0
class BoolRaises:
    def __bool__(self): raise ValueError("no truth")
class BadBool:
    def __bool__(self): return 1
class BadLen:
    def __len__(self): return -1
print(bool(NoBool()), bool(LenZero()), not LenZero())
for obj in [BoolRaises(), BadBool(), BadLen()]:
    try:
        bool(obj)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    if BadBool():
        pass
except TypeError as e:
    print("if:", e)
x = None
print(x is None or x.attr, x and x.attr)
print(0.0 or 0j or "" or () or "truthy")

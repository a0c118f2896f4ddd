# __bool__ must return bool; __len__ must return a non-negative int fitting in an index.
class B:
    def __init__(self, r):
        self.r = r
    def __bool__(self):
        return self.r
for r in (True, False, 1, None, "yes"):
    try:
        print(bool(B(r)))
    except TypeError as e:
        print("TypeError", e)
try:
    if B(0):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    not B(2)
except TypeError as e:
    print("TypeError", e)
class L:
    def __init__(self, r):
        self.r = r
    def __len__(self):
        return self.r
for r in (0, 3, -1, 1.5, "x", 2**100, True):
    try:
        print(len(L(r)), bool(L(r)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class IntSub(int):
    pass
print(len(L(IntSub(4))), type(len(L(IntSub(4)))).__name__)
class Idx:
    def __index__(self):
        return 5
try:
    print(len(L(Idx())))
except TypeError as e:
    print("TypeError", e)
class BoolAndLen:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(BoolAndLen()))
class BoolNone:
    __bool__ = None
    def __len__(self):
        return 1
try:
    bool(BoolNone())
except TypeError as e:
    print("TypeError", e)
print(bool(L(0)) or "empty")

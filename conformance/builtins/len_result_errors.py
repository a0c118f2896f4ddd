# len() with __len__ returning odd things: negative, huge, non-int, bool, int subclass, and errors raised.
class L:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v
class MyInt(int):
    pass
class Idx:
    def __index__(self):
        return 4
for v in [3, True, MyInt(7), -1, 2 ** 63, 2 ** 100, 1.5, "3", None, Idx()]:
    try:
        print(type(v).__name__, len(L(v)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(v).__name__, type(e).__name__, e)
class R:
    def __len__(self):
        raise RuntimeError("len failed")
try:
    len(R())
except RuntimeError as e:
    print("RuntimeError", e)
for bad in [1, None, iter([]), len]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError", e)
print(bool(L(0)), bool(L(2)))
try:
    bool(L(-1))
except ValueError as e:
    print("ValueError", e)

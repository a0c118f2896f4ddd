# len(): builtin containers, __len__ results (negative, huge, non-int, bool), and TypeError texts.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(len([1]), len(()), len("\U0001f600a"), len(b"ab"), len({1: 2}), len({1}), len(range(5)), len(frozenset()), len(bytearray(3)), len({}.keys()))
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(L(3)), len(L(True)), bool(L(0)))
t(lambda: len(L(-1)))
t(lambda: len(L(2**100)))
t(lambda: len(L(1.5)))
t(lambda: len(L("3")))
t(lambda: len(1))
t(lambda: len(iter([])))
t(lambda: len())
t(lambda: len([], []))
t(lambda: len(x for x in ()))
class I:
    def __index__(self):
        return 4
print(len(L(I())))
t(lambda: bool(L(-1)))

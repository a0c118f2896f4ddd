# __index__ is used by slicing, range, bin/hex/oct, sequence repetition, operator.index.
import operator
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
s = "abcdefgh"
print(s[I(1):I(5):I(2)], s[I(-1)], [0, 1, 2][I(1)], (5, 6)[I(0)])
print(list(range(I(3))), range(I(1), I(10), I(3)), bin(I(5)), hex(I(255)), oct(I(8)))
print("ab" * I(2), I(3) and [1] * I(3), operator.index(I(7)), int.__index__(4))
print(bytes(I(2)) if False else b"", slice(I(1), None).indices(I(5)) if False else "skip")
print(list(range(10))[slice(I(2), I(4))], "xyz"[I(1):])
class Bad:
    def __index__(self):
        return 1.5
for f in (lambda: operator.index(Bad()), lambda: "abc"[Bad()], lambda: range(Bad()), lambda: bin(Bad())):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
for f in (lambda: operator.index(1.5), lambda: "abc"[float(1)], lambda: [1][None:"x"], lambda: range(1.0), lambda: hex(2.0)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print(round(2.5, I(0)), I(2).__index__(), divmod(7, 2))
print(complex(1, 2).__class__.__name__, [1, 2, 3, 4][I(-3):I(-1)])

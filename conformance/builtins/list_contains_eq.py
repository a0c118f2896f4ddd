# membership and equality on lists: identity shortcut, __eq__ results, errors raised by __eq__.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
n = float("nan")
print(n in [n], float("nan") in [float("nan")], 1 in [1.0], True in [1], "a" in ["a"], [] in [[]])
class Eq:
    def __init__(self, r):
        self.r = r
    def __eq__(self, o):
        print("eq called")
        return self.r
print(1 in [Eq(True)], 1 in [Eq(0)], 1 in [Eq("yes")])
class Boom:
    def __eq__(self, o):
        raise RuntimeError("boom")
t(lambda: 1 in [Boom()])
t(lambda: [Boom()] == [1])
x = Boom(); print(x in [x], [x] == [x])
print([1, 2] == [1, 2, 3], [] == [], [1] == (1,), [1] != (1,))
class NotBool:
    def __bool__(self):
        raise ValueError("bool")
class Eq2:
    def __eq__(self, o):
        return NotBool()
t(lambda: 1 in [Eq2()])
t(lambda: [Eq2()] == [1])
print(1 not in [2], 2 not in [2])

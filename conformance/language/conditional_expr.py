# Conditional expressions, and/or return values, not.
for x in (0, 1, -3, None, "", "s"):
    print(repr(x), "truthy" if x else "falsy")
print(1 if True else 1 / 0)
print(1 / 0 if False else "lazy")
print("a" if 0 else "b" if 0 else "c")
print(("a" if 1 else "b") + "!")
print([x if x > 1 else 0 for x in range(4)])
print(0 or "" or [] or "last")
print(1 and "x" and [0])
print(None or 0)
print("" and 1 / 0)
print(not 0, not 1, not "", not [1])
print(type(not 5).__name__)
print((lambda v: "pos" if v > 0 else "zero" if v == 0 else "neg")(-2))
x = 5
print("big" if x > 3 else "small", "odd" if x % 2 else "even")
print(0 or 0.0 or 0j or (), [] or {})
class Loud:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool called on", self.v)
        return self.v
r = Loud(False) or Loud(True)
print(r.v)
r = Loud(True) and Loud(False)
print(r.v)
print("yes" if Loud(True) else "no")

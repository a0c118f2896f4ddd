# Rich comparisons: reflection, subclass priority, NotImplemented, identity defaults, errors.
log = []
class A:
    def __init__(self, n): self.n = n
    def __eq__(self, o): log.append(f"A{self.n}.__eq__"); return NotImplemented
    def __lt__(self, o): log.append(f"A{self.n}.__lt__"); return NotImplemented
    def __gt__(self, o): log.append(f"A{self.n}.__gt__"); return NotImplemented
class B(A):
    def __gt__(self, o): log.append(f"B{self.n}.__gt__"); return "B says gt"
def run(label, f):
    log.clear()
    try:
        r = f()
    except TypeError as e:
        r = f"TypeError: {e}"
    print(label, r, log)
a1, a2, b = A(1), A(2), B(3)
run("a1 == a2", lambda: a1 == a2)
run("a1 == a1", lambda: a1 == a1)
run("a1 != a2", lambda: a1 != a2)
run("a1 < a2", lambda: a1 < a2)
run("a1 < b", lambda: a1 < b)
run("b < a1", lambda: b < a1)
run("a1 <= a2", lambda: a1 <= a2)
run("a1 == 3", lambda: a1 == 3)
run("3 < a1", lambda: 3 < a1)
class OnlyEq:
    def __eq__(self, o): return "eq result"
x = OnlyEq()
print(x == 1, x != 1, 1 == x, [x] == [x], x in [1])
class NeOnly:
    def __ne__(self, o): return "custom ne"
print(NeOnly() != 1, NeOnly() == 1)
class Ordered:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"O{self.v}"
print(sorted([Ordered(3), Ordered(1), Ordered(2)]), max(Ordered(1), Ordered(5)))
print(Ordered(1) > Ordered(0))
try:
    Ordered(1) <= Ordered(2)
except TypeError as e:
    print("TypeError:", e)
print(object() == object(), object.__eq__(1, 1), object.__ne__(1, 2), object.__lt__(1, 2))

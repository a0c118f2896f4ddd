# print(): sep, end, file, flush, and errors for bad arguments.
import sys
print("a", "b", sep="-", end="!\n")
print("x", 1, None, sep="")
print(end="")
print()
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*[1, 2, 3], sep=", ")
print("none sep", "ok", sep=None, end=None)
for kw in [{"sep": 1}, {"end": 2}, {"bad": 3}]:
    try:
        print("z", **kw)
    except TypeError as e:
        print(e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("captured", 42, file=w)
print(w.parts)
try:
    print("x", file=5)
except AttributeError as e:
    print(e)
class S:
    def __str__(self): return "S-str"
    def __repr__(self): return "S-repr"
print(S(), [S()], (S(),), {"k": S()})

# print(): sep, end, file, flush, None for defaults, non-str objects, and argument errors.
import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(1, "a", None, [1], sep="|", end="!\n")
print("a", "b", sep=None, end=None)
print(sep="-")
print()
print("x", "y", sep="")
print("no newline", end=""); print(" then newline")
print("to None", file=None)
print("stderr line", file=sys.stderr)
t(lambda: print(sep=1))
t(lambda: print(end=[]))
t(lambda: print(file=1))
t(lambda: print("x", file="notafile"))
t(lambda: print(foo=1))
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W(); print("a", "b", file=w, sep="+"); print(w.parts)
class WF(W):
    def flush(self):
        self.parts.append("<flush>")
wf = WF(); print("z", file=wf, flush=True); print(wf.parts)
class S:
    def __str__(self):
        return "custom str"
print(S(), 1.5, 2**70, b"bytes", ("t",))
class BadStr:
    def __str__(self):
        raise ValueError("str failed")
t(lambda: print(BadStr()))

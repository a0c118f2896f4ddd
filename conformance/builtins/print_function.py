# print(): sep, end, file, flush, and argument errors.
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" | ", end=" <end>\n")
print(1, 2.5, None, True, [1, "x"], {"k": (1,)}, sep=",")
print("no newline", end="")
print(" ...continued")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep="-")
print("x", sep=None, end=None)
print("x", file=None)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = Writer()
print("into", "writer", file=w, sep="_", end="!")
print(w.parts)
for bad in [lambda: print(sep=5), lambda: print(end=[]), lambda: print("x", file=5), lambda: print(unknown=1)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class S:
    def __str__(self):
        return "S.__str__"
print(S(), [S()][0], "é", "\t|")
sys.stdout.write("direct write\n")
print("", end="")
print("end")

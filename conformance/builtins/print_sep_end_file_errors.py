# print(): sep/end/file/flush arguments, None defaults, type errors, files without write.
import io, sys
print("a", "b", sep="", end="|\n")
print("a", "b", sep=None, end=None)
print(1, 2, 3, sep=" - ", end="!\n", flush=True)
print(sep="x")
buf = io.StringIO()
print("to", "buffer", file=buf, sep="_")
print(repr(buf.getvalue()))
print("to stdout", file=None)
for kwargs in [{"sep": 1}, {"end": b"x"}, {"file": 42}, {"file": io.BytesIO()}, {"flush": 1}, {"bogus": 1}]:
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = W()
print("p", 2, None, file=w, sep=",")
print(w.parts)
class Boom:
    def write(self, s):
        raise OSError("disk full")
try:
    print("x", file=Boom())
except OSError as e:
    print("OSError", e)
class NoFlush:
    def write(self, s):
        pass
try:
    print("x", file=NoFlush(), flush=True)
except AttributeError as e:
    print("AttributeError", e)
sys.stdout.flush()

# weakref.finalize called explicitly, detached, peeked; alive reflects the state.
import weakref
class Res:
    pass
r = Res()
def cleanup(name, *, loud=False):
    print("cleanup", name, loud)
    return name.upper()
f = weakref.finalize(r, cleanup, "res", loud=True)
print(f.alive, f.peek()[0] is r, f.peek()[1] is cleanup, f.peek()[2], f.peek()[3])
print(f(), f.alive, f(), f.peek())
g = weakref.finalize(r, cleanup, "other")
print(g.detach()[2], g.alive, g.detach(), g())
h = weakref.finalize(r, print, "at exit")
print(h.atexit)
h.atexit = False
print(h.atexit)
h()
try:
    weakref.finalize(1, print)
except TypeError as e:
    print("TypeError", e)

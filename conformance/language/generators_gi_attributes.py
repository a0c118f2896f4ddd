# Generator attributes and states through a lifecycle.
def gen():
    x = yield 1
    yield x
g = gen()
print(g.gi_running, g.gi_frame is not None, g.gi_frame.f_lasti >= -1, g.gi_suspended)
print(next(g), g.gi_suspended, g.gi_frame.f_locals)
print(g.send("sent"), g.gi_frame.f_locals)
print(next(g, "end"), g.gi_frame, g.gi_suspended)
def running():
    yield g2.gi_running
g2 = running()
print(next(g2))
print(type(g).__name__, repr(g).startswith("<generator object gen at 0x"))
print(iter(g) is g, hasattr(g, "__next__"), hasattr(g, "send"))
import types
print(isinstance(g, types.GeneratorType))
def gexp():
    return (i for i in range(2))
ge = gexp()
print(ge.__name__, ge.__qualname__, list(ge))

# atexit inside a program: register/unregister/_run_exitfuncs/_clear/_ncallbacks and errors.
import atexit
class Call:
    def __init__(self, n): self.n = n
    def __call__(self, *a, **k): print('call', self.n, a, k)
    def __repr__(self): return f'Call({self.n})'
    def __eq__(self, other): return isinstance(other, Call) and other.n == self.n
    __hash__ = None
class Boom:
    def __call__(self): raise KeyError('boom')
    def __repr__(self): return 'Boom()'
base = atexit._ncallbacks()
print(atexit.register(Call(1), 2, x=3))
atexit.register(Call(2))
atexit.register(Boom())
atexit.register(Call(3))
print(atexit._ncallbacks() - base)
atexit.unregister(Call(3))
atexit.unregister(Call(99))
for bad in [lambda: atexit.register(5), lambda: atexit.register(), lambda: atexit.unregister()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
atexit._run_exitfuncs()
print('after run', atexit._ncallbacks())
atexit.register(Call(4))
atexit._clear()
print(atexit._ncallbacks())
@atexit.register
def decorated():
    print('never runs: cleared below')
print(decorated.__name__)
atexit.unregister(decorated)
atexit._clear()
print(sorted(n for n in dir(atexit) if not n.startswith('__')))

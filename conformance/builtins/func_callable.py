# callable(): functions, classes, instances with and without __call__, builtins and methods.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def m(self):
        pass
class D:
    def __call__(self):
        return 1
print(callable(len), callable(C), callable(C()), callable(D()), callable(C().m), callable(C.m), callable(lambda: 0))
print(callable(1), callable("s"), callable(None), callable(int), callable(type), callable(print), callable([].append))
e = C(); e.__call__ = lambda: 1; print(callable(e))
class E:
    __call__ = None
print(callable(E()))
t(lambda: callable())
t(lambda: callable(1, 2))
import functools
print(callable(functools.partial(len)), callable(staticmethod(len)), callable(classmethod(len)), callable(property()))

# Which callables bind as methods: functions do, builtins/staticmethods/classes/partials do not.
import functools
def f(*args):
    return len(args)
class C:
    func = f
    builtin = len
    static = staticmethod(f)
    klass = dict
    part = functools.partial(f, 1)
    lam = lambda *a: len(a)
c = C()
print(c.func(), C.func(), c.builtin("ab"), c.static(), c.klass(a=1), c.part(), c.lam())
print(type(c.func).__name__, type(c.builtin).__name__, type(c.part).__name__, type(C.__dict__["static"]).__name__)
c.inst = f
print(c.inst())
class WithCall:
    def __call__(self, *a):
        return len(a)
C.callobj = WithCall()
print(c.callobj())
print(C.static.__name__, C.__dict__["static"].__func__ is f, callable(C.__dict__["static"]))
print(C.__dict__["static"](1, 2), staticmethod(f).__wrapped__ is f, classmethod(f).__wrapped__ is f)
class CM:
    @classmethod
    def m(cls, *a):
        return cls.__name__, len(a)
class SubCM(CM):
    pass
print(CM.m(), SubCM.m(1), SubCM().m(), CM.__dict__["m"].__get__(None, SubCM)())
print(classmethod(f).__get__(5)(), type(classmethod(f).__get__(5)).__name__)
print(f.__get__(1)(), f.__get__(None, int)(), type(f.__get__(None, int)).__name__)

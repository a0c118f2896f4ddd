# When functions become bound methods: class attributes vs instance attributes, builtins, staticmethod calls.
class C:
    def method(self):
        return f"method bound to {type(self).__name__}"
    @staticmethod
    def static():
        return "static"
    builtin_attr = len
    lambda_attr = lambda self: "lambda bound"
c = C()
print(c.method(), c.lambda_attr(), c.builtin_attr("abc"), C.static(), c.static())
c.instance_func = lambda: "not bound"
print(c.instance_func(), type(c.instance_func).__name__)
def external(self, x):
    return f"external bound, x={x}"
C.external = external
print(c.external(5), type(c.external).__name__)
print(type(C.method).__name__, type(c.method).__name__, C.method(c), C.__dict__["static"].__class__.__name__)
sm = C.__dict__["static"]
print(sm(), callable(sm))
m = c.method
print(m.__self__ is c, m.__func__ is C.method, m.__name__, m.__qualname__, m.__doc__)
print(c.method == c.method, c.method != C().method, hash(c.method) == hash(c.method))
import types
bound = types.MethodType(external, "a string")
print(bound(1), bound.__self__)
class CallableObj:
    def __call__(self, *a):
        return f"CallableObj called with {len(a)} args"
C.callable_obj = CallableObj()
print(c.callable_obj(1))
class WithGet:
    def __get__(self, obj, cls):
        return lambda: f"custom __get__ for {type(obj).__name__}"
C.custom = WithGet()
print(c.custom())
try:
    C.method()
except TypeError as e:
    print(type(e).__name__, e)
print(C.method.__get__(c)(), C.method.__get__(None, C) is C.method)

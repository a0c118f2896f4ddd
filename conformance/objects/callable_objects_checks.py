# callable() and calling: classes, instances with __call__ on the class, builtins, bound methods.
class WithCall:
    def __call__(self, *a, **k):
        return ("called", a, k)
class Without:
    pass
print(callable(WithCall), callable(WithCall()), callable(Without()), callable(len), callable([].append), callable(1))
w = WithCall()
print(w(1, x=2), WithCall.__call__(w, 3))
class Sub(WithCall):
    pass
print(callable(Sub()), Sub()("s"))
class Meta(type):
    def __call__(cls):
        return "instance-less"
class M(metaclass=Meta):
    pass
print(M(), callable(M))
for obj in (Without(), 1, "s", None):
    try:
        obj()
    except TypeError as e:
        print("TypeError", e)
class CallProp:
    @property
    def __call__(self):
        return lambda: "from property"
print(CallProp()(), callable(CallProp()))
class Nested:
    def __call__(self):
        return self
n = Nested()
print(n()()() is n)
try:
    WithCall()(**{1: 2})
except TypeError as e:
    print("TypeError", e)

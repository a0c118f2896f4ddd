# callable(): classes, instances with __call__ on the class not the instance, builtins, methods, None __call__.
class A:
    pass
class C:
    def __call__(self):
        return "called"
class N:
    __call__ = None
a = A()
a.__call__ = lambda: 1
print(callable(A), callable(a), callable(C()), callable(C), callable(N()), callable(len), callable([].append), callable(None))
print(callable(staticmethod(len)), callable(classmethod(len)), callable(property()), callable(type), callable(object()), callable(lambda: 0))
try:
    N()()
except TypeError as e:
    print("TypeError", e)
try:
    a()
except TypeError as e:
    print("TypeError", e)
for bad in [lambda: callable(), lambda: callable(1, 2), lambda: 1(), lambda: "s"(), lambda: [](1)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)

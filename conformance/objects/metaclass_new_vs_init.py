# Metaclass __new__ and __init__: what each receives, namespace mutation, returning other objects.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("new", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        ns["added_by_new"] = True
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", cls.__name__, "added_by_new" in ns, kw)
        super().__init__(name, bases, ns)
        cls.added_by_init = True
class A(metaclass=Meta, k=1):
    def m(self):
        pass
print(A.added_by_new, A.added_by_init)
class B(A, k=2):
    pass
class ReturnsOther(type):
    def __new__(mcls, name, bases, ns):
        return 42
    def __init__(cls, *a):
        print("never called")
class X(metaclass=ReturnsOther):
    pass
print(X)
class CallsTypeNew(type):
    def __new__(mcls, name, bases, ns):
        return type.__new__(type, name, bases, ns)
    def __init__(cls, *a):
        print("init not called: result not an instance of CallsTypeNew")
class Y(metaclass=CallsTypeNew):
    pass
print(type(Y).__name__)
try:
    type.__init__(A, "n", (), {}, extra=1)
    print("type.__init__ accepted kwargs")
except TypeError as e:
    print("TypeError", e)
try:
    type.__init__(A, 1, 2)
except TypeError as e:
    print("TypeError", e)

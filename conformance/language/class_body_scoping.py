# Class bodies: names visible in the body but not in methods or comprehensions.
x = "module"
class C:
    x = "class"
    y = x + "!"
    def m(self):
        return x
    items = [x for _ in range(2)]
    first = [i for i in range(3) if i != len(x)][0]
    def uses_default(self, v=x):
        return v
print(C.y, C().m(), C.items, C.first, C().uses_default())
class Order:
    log = []
    log.append("a")
    def f(self): pass
    log.append("b")
    del f
print(Order.log, hasattr(Order, "f"))
class Counter:
    count = 0
    for i in range(3):
        count += i
    del i
print(Counter.count, hasattr(Counter, "i"))
def factory(v):
    class Inner:
        value = v
        def get(self):
            return v
    return Inner
print(factory(1).value, factory(2)().get(), factory(3).__qualname__)
class Outer:
    class Nested:
        class Deep:
            pass
print(Outer.Nested.Deep.__qualname__, Outer.Nested.__name__)
class Meta:
    __qualname__ = "Renamed"
print(Meta.__qualname__, Meta.__name__)
class Ann:
    a: int
    b: str = "s"
print(Ann.__annotations__, hasattr(Ann, "a"))
def f():
    z = 1
    class K:
        z = 2
        def g(self):
            return z
    return K().g(), K.z
print(f())
class Docs:
    "the doc"
print(Docs.__doc__, Docs.__module__)

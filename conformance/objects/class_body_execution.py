# The class body runs once, top to bottom, as a namespace; names in methods are not class-scoped.
print("before class")
class Config:
    print("class body running")
    debug = False
    levels = [1, 2, 3]
    total = sum(levels)
    if debug:
        mode = "debug"
    else:
        mode = "release"
    for i in range(2):
        pass
    def method(self):
        return "method"
    alias = method
    del i
    print("class body done, names:", sorted(n for n in dir() if not n.startswith('__')))
print("after class")
print(Config.total, Config.mode, Config().alias(), hasattr(Config, 'i'))
print(Config.__dict__['__module__'], Config.__qualname__)

def make(n):
    class Local:
        value = n
        def get(self):
            return self.value
    return Local
A, B = make(1), make(2)
print(A().get(), B().get(), A is B, A.__qualname__)

class Outer:
    class Inner:
        class Deep:
            pass
print(Outer.Inner.Deep.__qualname__, Outer.Inner.__name__)

x = "module"
class Shadow:
    x = "class"
    y = x
    def get_x(self):
        return x
print(Shadow.y, Shadow().get_x())
class Returns:
    value = [n * 2 for n in range(3)]
print(Returns.value)

# Private name mangling (__name inside a class body).
class Account:
    __count = 0
    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
    def owner(self):
        return self.__owner
    @classmethod
    def count(cls):
        return cls.__count
    def __dunder__(self):
        return "dunder names are not mangled"

a = Account("ann")
Account("bob")
print(a.owner(), Account.count(), sorted(a.__dict__), a._Account__owner)
try:
    a.__owner
except AttributeError as e:
    print(type(e).__name__, e)
print(a.__dunder__())

class Sub(Account):
    def peek(self):
        try:
            return self.__owner
        except AttributeError as e:
            return f"{type(e).__name__}: {e}"
print(Sub("cy").peek())

class Mangles:
    def method(self):
        __local = "locals are mangled too"
        return sorted(locals())
    def attr(self):
        return getattr(self, "__hidden", "getattr strings are not mangled")
    def imports(self):
        import __future__ as mod
        return mod.__name__
print(Mangles().method(), Mangles().attr(), Mangles().imports())
class _Leading:
    def __m(self):
        return "leading underscores stripped from class name"
    def call(self):
        return self.__m()
print(_Leading().call(), [n for n in dir(_Leading) if 'm' in n and n.startswith('_L')])
class ___:
    def __x(self): return "all-underscore class name: no mangling"
    def call(self): return self.__x()
print(___().call(), '__x' in ___.__dict__)
class Keyword:
    def f(self, **kw):
        return kw
    def g(self):
        return self.f(__secret=1)
print(Keyword().g())

# Private name mangling in classes: attributes, methods, nested classes, getattr strings.
class A:
    __secret = "a-secret"
    def __init__(self):
        self.__value = 1
    def get(self):
        return self.__value, self.__secret, A.__secret
    def __private(self):
        return "private"
    def call(self):
        return self.__private()
a = A()
print(a.get(), a.call(), a._A__value, sorted(k for k in vars(a)))
try:
    a.__value
except AttributeError as e:
    print(e)
print(getattr(a, "__value", "no mangling in getattr"))
class B(A):
    def __init__(self):
        super().__init__()
        self.__value = 2
print(sorted(vars(B())))
class _Under:
    def m(self):
        self.__x = 1
        return list(vars(self))
print(_Under().m())
class __Dunder__:
    def m(self):
        self.__y = 1
        return list(vars(self))
print(__Dunder__().m())
class Outer:
    class Inner:
        def m(self):
            self.__z = 3
            return list(vars(self))
    def f(self, __arg=1):
        return __arg
print(Outer.Inner().m(), Outer().f(), Outer.f.__code__.co_varnames)
class Comp:
    __items = [1, 2]
    doubled = [x * 2 for x in __items]
print(Comp.doubled)

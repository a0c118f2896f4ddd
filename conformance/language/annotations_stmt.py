# Variable annotations at module, class and function level.
x: int = 5
y: "forward"
print(__annotations__)
print(x)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)

class C:
    a: int
    b: str = "default"
    c: list[int] = []
print(C.__annotations__, C.b, hasattr(C, 'a'))

def f():
    local: undefined_type_is_never_evaluated = 1
    other: int
    return local
print(f())
print(f.__annotations__)

class D:
    z: int = 0
    def m(self) -> "D":
        self.attr: int = 3
        return self
print(D().m().attr, D.m.__annotations__)
obj = C()
obj.q: int = 7
print(obj.q)
lst = [0]
lst[0]: int = 9
print(lst)
(paren): int = 4
print(paren, 'paren' in __annotations__)

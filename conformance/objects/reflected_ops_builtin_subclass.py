# A subclass's reflected method is tried first when it overrides it, also for builtin bases.
class MyInt(int):
    def __radd__(self, other):
        return f"MyInt.__radd__({other})"
    def __rsub__(self, other):
        return "MyInt.__rsub__"
print(1 + MyInt(2), 5 - MyInt(1), MyInt(2) + 1)
class Plain(int):
    pass
print(1 + Plain(2), type(1 + Plain(2)).__name__)
class MyStr(str):
    def __radd__(self, other):
        return "rstr:" + other
print("a" + MyStr("b"), MyStr("b") + "a")
class MyList(list):
    def __radd__(self, other):
        return "rlist"
print([1] + MyList([2]))
class MyFloat(float):
    def __rmul__(self, other):
        return "rmul"
    def __rtruediv__(self, other):
        return "rdiv"
print(2 * MyFloat(3), 2.0 * MyFloat(3), 1 / MyFloat(2), MyFloat(2) * 3)
class NI(int):
    def __radd__(self, other):
        return NotImplemented
print(1 + NI(2))
class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd"
print(Base() + Derived(), Derived() + Base())
class Same(Base):
    pass
print(Base() + Same())
class Cmp(int):
    def __gt__(self, o):
        return "Cmp.gt"
print(1 < Cmp(5), Cmp(5) > 1)
class MySet(frozenset):
    def __ror__(self, other):
        return "ror"
print(frozenset() | MySet(), {1} | MySet())

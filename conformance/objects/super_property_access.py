# super() finds properties and class attributes of bases; it does not support assignment.
class Base:
    greeting = "hi"
    @property
    def value(self):
        return "base value"
    @value.setter
    def value(self, v):
        print("Base setter", v)
class Child(Base):
    @property
    def value(self):
        return "child+" + super().value
    @value.setter
    def value(self, v):
        Base.value.fset(self, v)
    def greet(self):
        return super().greeting
    def try_set(self):
        try:
            super().value = 1
        except AttributeError as e:
            print("AttributeError", e)
    def try_del(self):
        try:
            del super().greeting
        except AttributeError as e:
            print("AttributeError", e)
c = Child()
print(c.value, c.greet())
c.value = 5
c.try_set()
c.try_del()
print(super(Child, c).value, super(Child, Child).value.__class__.__name__)
class SuperDunder(Base):
    def __repr__(self):
        return "SD:" + super().__repr__()[:10]
    def __eq__(self, o):
        return super().__eq__(o)
print(repr(SuperDunder()), SuperDunder() == 1, SuperDunder().__eq__(1))
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), super(B, D()).who())

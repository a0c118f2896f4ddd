# super() zero-argument and explicit forms, cooperative multiple inheritance.
class Base:
    def __init__(self):
        print("Base.__init__")
    def hello(self):
        return "Base"
    @classmethod
    def create(cls):
        return f"create {cls.__name__}"

class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
    def hello(self):
        return "Left>" + super().hello()

class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
    def hello(self):
        return "Right>" + super().hello()

class Child(Left, Right):
    def __init__(self):
        print("Child.__init__")
        super(Child, self).__init__()
    def hello(self):
        return "Child>" + super().hello()
    @classmethod
    def create(cls):
        return "Child " + super().create()

c = Child()
print(c.hello())
print(Child.create())
print(super(Left, c).hello())
print(super(Child, Child).hello(c))
s = super(Child, c)
print(type(s).__name__, s.__thisclass__.__name__, s.__self_class__.__name__)

def not_in_class():
    return super()
try:
    not_in_class()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(Child, 5)
except TypeError as e:
    print(type(e).__name__, e)
class Lazy:
    def m(self):
        return [super().__class__.__name__ for _ in range(1)]
print(Lazy().m())
class UsesClassCell:
    def m(self):
        return __class__.__name__
print(UsesClassCell().m())
try:
    super(Base, c).missing
except AttributeError as e:
    print(type(e).__name__, e)
class StaticSuper(Base):
    @staticmethod
    def s():
        return super(StaticSuper, StaticSuper).create()
print(StaticSuper.s())

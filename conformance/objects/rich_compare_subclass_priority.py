# A right operand whose type is a subclass that overrides the reflected comparison goes first.
class Base:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("Base.__lt__")
        return NotImplemented
    def __gt__(self, o):
        print("Base.__gt__")
        return NotImplemented
    def __eq__(self, o):
        print("Base.__eq__")
        return NotImplemented
class Sub(Base):
    def __gt__(self, o):
        print("Sub.__gt__")
        return True
    def __eq__(self, o):
        print("Sub.__eq__")
        return "sub-eq"
print(Base(1) < Sub(2))
print(Base(1) == Sub(2))
print(Sub(1) == Base(2))
class Same(Base):
    pass
try:
    Base(1) < Same(2)
except TypeError as e:
    print("TypeError", e)
print(Base(1) == Same(1))
class Unrelated:
    def __gt__(self, o):
        print("Unrelated.__gt__")
        return "reflected"
print(Base(1) < Unrelated())
class IntSub(int):
    def __eq__(self, o):
        return "IntSub.__eq__"
    __hash__ = int.__hash__
print(1 == IntSub(1), IntSub(1) == 1, 1.0 == IntSub(1))

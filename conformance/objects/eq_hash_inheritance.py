# Overriding __eq__ in a subclass sets __hash__ to None; explicit __hash__ restores hashability.
class Base:
    def __hash__(self):
        return 42
class OverridesEq(Base):
    def __eq__(self, o):
        return True
class OverridesBoth(Base):
    def __eq__(self, o):
        return True
    __hash__ = Base.__hash__
class InheritsOnly(Base):
    pass
print(Base.__hash__ is not None, OverridesEq.__hash__, hash(OverridesBoth()), hash(InheritsOnly()))
try:
    hash(OverridesEq())
except TypeError as e:
    print(type(e).__name__, e)
class ListSub(list):
    pass
try:
    hash(ListSub())
except TypeError as e:
    print(type(e).__name__, e)
class HashableList(list):
    def __hash__(self):
        return hash(tuple(self))
print(hash(HashableList([1, 2])) == hash((1, 2)), {HashableList([1]): "ok"})
class IntEq(int):
    def __eq__(self, o):
        return super().__eq__(o)
print(IntEq.__hash__)
try:
    {IntEq(1)}
except TypeError as e:
    print(type(e).__name__, e)
class IntBoth(int):
    def __eq__(self, o):
        return int(self) == o
    __hash__ = int.__hash__
print({IntBoth(1): "a"}[1])
class Later:
    pass
Later.__eq__ = lambda self, o: True
print(Later.__hash__ is object.__hash__, type(hash(Later())).__name__)
from dataclasses import dataclass
@dataclass
class DC:
    x: int
@dataclass(frozen=True)
class FDC:
    x: int
@dataclass(unsafe_hash=True)
class UDC:
    x: int
print(DC.__hash__, hash(FDC(1)) == hash(FDC(1)), hash(UDC(2)) == hash(UDC(2)))

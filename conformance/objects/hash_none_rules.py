# __hash__ is set to None when a class defines __eq__ without __hash__; inheritance keeps it.
class Eq:
    def __eq__(self, o):
        return True
print(Eq.__hash__, "__hash__" in Eq.__dict__)
try:
    hash(Eq())
except TypeError as e:
    print("TypeError", e)
try:
    {Eq()}
except TypeError as e:
    print("TypeError", e)
class EqHash:
    def __eq__(self, o):
        return True
    def __hash__(self):
        return 7
print(hash(EqHash()))
class Child(EqHash):
    def __eq__(self, o):
        return False
print(Child.__hash__)
class Child2(EqHash):
    pass
print(hash(Child2()))
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError", e)
from collections.abc import Hashable
print(isinstance(Unhashable(), Hashable), isinstance(EqHash(), Hashable), isinstance(Eq(), Hashable))
class BackAgain(Eq):
    __hash__ = object.__hash__
print(type(hash(BackAgain())).__name__)
class BigHash:
    def __hash__(self):
        return 2**70
print(hash(BigHash()) == hash(2**70))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)
class MinusOne:
    def __hash__(self):
        return -1
print(hash(MinusOne()))
class ListSub(list):
    pass
try:
    hash(ListSub())
except TypeError as e:
    print("TypeError", e)
class HashableList(list):
    def __hash__(self):
        return 1
print(hash(HashableList()))
class IntEq(int):
    def __eq__(self, o):
        return False
print(IntEq.__hash__)

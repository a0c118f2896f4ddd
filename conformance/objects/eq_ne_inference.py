# __ne__ defaults to the inverse of __eq__; reflected comparisons; NotImplemented falls back to identity.
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", self.v)
        if not isinstance(o, E):
            return NotImplemented
        return self.v == o.v
print(E(1) != E(1), E(1) != E(2), E(1) == 5, E(1) != 5)
class OnlyNe:
    def __ne__(self, o):
        return "custom ne"
print(OnlyNe() == OnlyNe(), OnlyNe() != 1)
x = OnlyNe()
print(x == x)
class EqReturnsObj:
    def __eq__(self, o):
        return [1]
print(EqReturnsObj() != 1, EqReturnsObj() == 1)
class EqReturnsEmpty:
    def __eq__(self, o):
        return []
print(EqReturnsEmpty() != 1)
class Lt:
    def __lt__(self, o):
        return "lt"
print(Lt() < 1, 1 > Lt())
try:
    Lt() > 1
except TypeError as e:
    print("TypeError", e)
try:
    Lt() <= Lt()
except TypeError as e:
    print("TypeError", e)
print(object() == object(), object().__eq__(1), object().__ne__(1))
o = object()
print(o.__eq__(o), o.__ne__(o))
class NeNot:
    def __eq__(self, o):
        return NotImplemented
n = NeNot()
print(n == n, n != n, n == NeNot(), n != NeNot())
class Raise:
    def __bool__(self):
        raise ValueError("no bool")
class EqRaise:
    def __eq__(self, o):
        return Raise()
try:
    EqRaise() != 1
except ValueError as e:
    print("ValueError", e)

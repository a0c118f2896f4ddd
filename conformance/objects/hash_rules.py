# __hash__ rules: __eq__ without __hash__ makes unhashable; hash/eq contracts in dicts and sets.
class Default:
    pass
d = Default()
print(hash(d) == hash(d), {d: 1}[d])

class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
s = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(s), Point(1, 2) in s)

class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print(type(e).__name__, e)

class InheritHash(EqOnly):
    __hash__ = object.__hash__
print(type(hash(InheritHash())).__name__)

class BadHash:
    def __hash__(self):
        return "not an int"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(type(hash(BigHash())).__name__)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0) == hash(False))
print(hash((1, 2)) == hash((1, 2)), hash(-1) == hash(-2))
for v in ([1], {1: 2}, {1}, bytearray(b"x")):
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
counter = {}
counter[1] = 'int'
counter[1.0] = 'float'
counter[True] = 'bool'
print(counter)

# __hash__ and __eq__ contracts: unhashable classes, __hash__ = None, dict/set keys.
class EqOnly:
    def __eq__(self, o): return True
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
print(EqOnly.__hash__)
class Both:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Both) and self.v == o.v
    def __hash__(self): return hash(self.v)
d = {Both(1): "one"}
print(d[Both(1)], Both(1) in {Both(1)}, len({Both(1), Both(1), Both(2)}))
class Inherit(Both):
    def __eq__(self, o): return False
try:
    hash(Inherit(1))
except TypeError as e:
    print(e)
class Keep(Both):
    __hash__ = Both.__hash__
    def __eq__(self, o): return False
print(hash(Keep(5)) == hash(5))
for key in [[1], {1: 2}, {1}, bytearray(b"x")]:
    try:
        {key: 1}
    except TypeError as e:
        print(e)
print(hash((1, 2)) == hash((1, 2)), hash(1) == hash(1.0) == hash(True))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
class BadHash:
    def __hash__(self): return "str"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(type(hash(BigHash())).__name__)

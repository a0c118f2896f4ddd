# Objects used as dict keys and set members: __hash__ and __eq__ calls and their order.
class K:
    def __init__(self, v, h):
        self.v, self.h = v, h
    def __hash__(self):
        print("hash", self.v)
        return self.h
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
d = {}
d[K("a", 1)] = 1
d[K("b", 1)] = 2
print(len(d))
print(d[K("a", 1)])
s = {K("x", 5), K("x", 5)}
print(len(s))
class BadHash:
    def __hash__(self):
        raise ValueError("no hash")
try:
    {BadHash(): 1}
except ValueError as e:
    print("ValueError", e)
try:
    BadHash() in {1: 2}
except ValueError as e:
    print("ValueError", e)
class HashFloat:
    def __hash__(self):
        return 1.0
try:
    hash(HashFloat())
except TypeError as e:
    print("TypeError", e)
class IntSubHash:
    def __hash__(self):
        return True
print(hash(IntSubHash()))
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2))

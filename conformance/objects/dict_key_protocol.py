# How dicts and sets call __hash__ and __eq__ on keys: hash once per operation, eq only on hash collisions.
log = []
class Key:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        log.append(f"hash {self.name}")
        return self.h
    def __eq__(self, other):
        log.append(f"eq {self.name}=={getattr(other, 'name', other)}")
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return self.name
def step(label, fn):
    log.clear()
    result = fn()
    print(label, result, log)
a, b, a2, c = Key("a", 1), Key("b", 2), Key("a", 1), Key("c", 1)
d = {}
step("insert a:", lambda: d.__setitem__(a, 1))
step("insert b:", lambda: d.__setitem__(b, 2))
step("lookup same object:", lambda: d[a])
step("lookup equal object:", lambda: d[a2])
step("insert colliding c:", lambda: d.__setitem__(c, 3))
step("contains c:", lambda: c in d)
step("get missing:", lambda: d.get(Key("z", 2), "none"))
s = set()
step("set add a:", lambda: s.add(a))
step("set add equal a2:", lambda: s.add(a2))
step("set len:", lambda: len(s))
step("list contains uses eq:", lambda: a2 in [b, a])
step("list index:", lambda: [b, c, a].index(a2))
step("dict.fromkeys:", lambda: len(dict.fromkeys([a, a2, b])))

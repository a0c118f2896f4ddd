# Subclassing list and dict: which methods use overridden hooks.
class LoudList(list):
    def __setitem__(self, i, v):
        print("LoudList.__setitem__", i, v)
        super().__setitem__(i, v)
    def append(self, v):
        print("LoudList.append", v)
        super().append(v)
ll = LoudList([1, 2])
ll[0] = 10
ll.append(3)
ll.extend([4])
ll += [5]
print(ll, type(ll).__name__, type(ll + [6]).__name__, type(ll[:1]).__name__, type(ll * 2).__name__)
print(isinstance(ll, list), ll == [10, 2, 3, 4, 5], len(ll))

class LoudDict(dict):
    def __setitem__(self, k, v):
        print("LoudDict.__setitem__", k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("LoudDict.__getitem__", k)
        return super().__getitem__(k)
ld = LoudDict(a=1)
ld["b"] = 2
ld.update(c=3)
ld.setdefault("d", 4)
print(ld["a"], ld.get("a"), dict(ld), sorted(ld))
print(type(ld.copy()).__name__, type(ld | {}).__name__)

class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1]
s = Stack().push(1).push(2)
print(s, s.peek(), s.pop(), s)
s.attr = "lists subclasses have __dict__"
print(s.attr, s.__dict__)
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
ad = AttrDict(x=1)
print(ad.x, ad)
try:
    ad.y
except AttributeError as e:
    print(type(e).__name__, e)
class Sorted(list):
    def __init__(self, it=()):
        super().__init__(sorted(it))
print(Sorted([3, 1, 2]), repr(Sorted("cab")))

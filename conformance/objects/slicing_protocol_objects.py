# __getitem__/__setitem__/__delitem__ receive slice objects and tuples; slice attributes and indices().
class Rec:
    def __getitem__(self, k):
        return k
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
r = Rec()
print(r[1:2], r[::2], r[:], r[1:2, 3], r[...], r[:, None], r["a":"b":"c"])
r[1:3] = [9]
del r[::-1]
r[0, 1] = "t"
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
print(slice(3), slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), repr(slice(None, None, None)))
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print("TypeError", e)
try:
    slice(1, 2, 0).indices(3)
except ValueError as e:
    print("ValueError", e)
try:
    slice()
except TypeError as e:
    print("TypeError", e)
class Seq:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        return len(self.data)
    def __getitem__(self, k):
        if isinstance(k, slice):
            return Seq(self.data[k])
        return self.data[k]
    def __repr__(self):
        return f"Seq({self.data})"
sq = Seq([0, 1, 2, 3, 4])
print(sq[1:4], sq[::-2], sq[-1], list(sq))
try:
    Rec()[1:2] if False else object()[1:2]
except TypeError as e:
    print("TypeError", e)

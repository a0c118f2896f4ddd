# Which list methods call an overridden method of a list subclass (few do).
class L(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __setitem__(self, i, v):
        print("setitem", i)
        super().__setitem__(i, v)
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)
    def __len__(self):
        print("len")
        return super().__len__()
    def __iter__(self):
        print("iter")
        return super().__iter__()
l = L([1, 2])
l.extend([3])
l += [4]
l.insert(0, 0)
print(list.__repr__(l))
print(l[0], l[-1])
print(sorted(l))
print(list(l))
print(len(l), bool(l))
print(l.index(2), l.count(1), 3 in l)
print(l + [9], type(l + [9]).__name__, type(l[1:]).__name__, type(l * 2).__name__, type(l.copy()).__name__)
x, *rest = l
print(x, rest)
print(max(l), ",".join(map(str, l)))
class Init(list):
    def __init__(self, it):
        print("Init.__init__")
        super().__init__(it)
    def extend(self, it):
        print("extend not used by __init__")
i = Init([1])
print(i, i == [1], [1] == i, i != [2])

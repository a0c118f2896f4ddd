# list subclasses: builtin methods do not call overridden __getitem__/__len__/__iter__/append.
class L(list):
    def __getitem__(self, i):
        return "over"
    def __len__(self):
        return 99
    def append(self, x):
        super().append(x * 10)
l = L([1, 2, 3])
print(l[0], len(l), list(l), l.copy(), sorted(l), l + [4], l == [1, 2, 3], str(l))
l.append(5); print(list.__len__(l), list(l))
l.extend([6]); print(list(l))
class I(list):
    def __iter__(self):
        return iter(["iter"])
i = I([1, 2])
print(list(i), [*i], tuple(i), sum([1, 2]), list.__iter__(i).__next__(), i.copy(), i[:])
class R(list):
    def __repr__(self):
        return "R()"
print([R([1])], str(R()), f"{R()}")
class Eq(list):
    def __eq__(self, o):
        return "eq!"
print(Eq() == [], [] == Eq(), Eq() != [])

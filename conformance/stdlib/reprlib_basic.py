import reprlib

print(reprlib.repr(list(range(20))), reprlib.repr('x' * 50), reprlib.repr(set(range(3))))
print(reprlib.repr({i: i for i in range(10)}), reprlib.repr(tuple(range(10))), reprlib.repr(10 ** 50))
print(reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr(frozenset()), reprlib.repr((1,)))
r = reprlib.Repr(maxlist=2, maxstring=10)
print(r.repr([1, 2, 3]), r.repr('abcdefghijklmnop'), r.maxlevel)
r2 = reprlib.Repr(indent=2)
print(r2.repr([1, [2, 3]]))


class Node:
    def __init__(self):
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return f'Node({self.children})'


n = Node(); n.children.append(n)
print(n, Node.__repr__.__name__, reprlib.__all__)


class Big:
    def __repr__(self):
        return 'B' * 100


print(reprlib.repr(Big()))

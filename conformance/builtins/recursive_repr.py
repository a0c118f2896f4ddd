# repr of self-referencing containers and reprlib.recursive_repr.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
nested = [a, [a]]
print(nested)
dd = {}
lst = [dd]
dd["list"] = lst
print(lst, dd)
import collections
od = collections.OrderedDict(x=1)
od["me"] = od
print(od)
dq = collections.deque([1])
dq.append(dq)
print(dq)
import reprlib
class Node:
    def __init__(self):
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.children})"
n = Node()
n.children.append(n)
print(n)
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100))
s = set()
fs = frozenset([1])
print({fs: [fs]})
print(a == a, a[2][2][2] is a)

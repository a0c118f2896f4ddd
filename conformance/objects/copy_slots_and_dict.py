# copy/deepcopy of objects with both __slots__ and __dict__, with cycles and shared references.
import copy
class Both:
    __slots__ = ("s", "__dict__")
b = Both()
b.s = [1]
b.d = [2]
c = copy.copy(b)
d = copy.deepcopy(b)
print(c.s is b.s, c.d is b.d, d.s == b.s, d.s is b.s, d.d is b.d, b.__getstate__())
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
n1, n2 = Node(1), Node(2)
n1.next, n2.next = n2, n1
m = copy.deepcopy(n1)
print(m.v, m.next.v, m.next.next is m, m is not n1)
shared = [0]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is shared)
class Inherit(Both):
    __slots__ = ("t",)
i = Inherit()
i.s, i.t, i.extra = 1, 2, 3
j = copy.copy(i)
print(j.s, j.t, j.extra, i.__getstate__())
class CustomDeep:
    def __init__(self):
        self.data = [1]
    def __deepcopy__(self, memo):
        print("memo has self:", id(self) in memo)
        new = CustomDeep()
        new.data = copy.deepcopy(self.data, memo)
        return new
x = CustomDeep()
y = copy.deepcopy([x, x])
print(y[0] is y[1], y[0].data == [1])
print(copy.copy(5), copy.deepcopy((1, [2])) , copy.copy(Node) is Node, copy.deepcopy(len) is len)

# copy.copy / copy.deepcopy with default behaviour and __copy__/__deepcopy__ hooks.
import copy
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
root = Node(1, [Node(2), Node(3)])
shallow = copy.copy(root)
deep = copy.deepcopy(root)
print(shallow is root, shallow.children is root.children, deep.children is root.children)
print(deep.children[0].val, deep.children[0] is root.children[0])

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + "-copy")
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(self.v + "-deep")
print(copy.copy(Custom("x")).v, copy.deepcopy(Custom("y")).v)

lst = [1, [2, 3]]
lst.append(lst)
d = copy.deepcopy(lst)
print(d[2] is d, d[1] is lst[1], d[1] == lst[1])
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
class Slotted:
    __slots__ = ("a", "b")
s = Slotted(); s.a = 1; s.b = [2]
s2 = copy.deepcopy(s)
print(s2.a, s2.b, s2.b is s.b)
print(copy.copy(5), copy.copy("s"), copy.copy([1]) == [1], copy.copy({1: 2}))
class State:
    def __init__(self):
        self.keep, self.drop = 1, 2
    def __getstate__(self):
        return {"keep": self.keep}
    def __setstate__(self, st):
        print("__setstate__", st)
        self.__dict__.update(st)
c = copy.copy(State())
print(vars(c))
r = copy.replace if hasattr(copy, "replace") else None
print(r)

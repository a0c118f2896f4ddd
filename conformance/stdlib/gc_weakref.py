# gc.collect() makes the weak references to what it freed dead and runs their callbacks.
import gc, weakref
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
got = []
a = Node('a')
r = weakref.ref(a, lambda ref: got.append('a died'))
del a
gc.collect()
print(r(), got)
x, y = Node('x'), Node('y')
x.other, y.other = y, x
rx = weakref.ref(x, lambda ref: got.append('cycle died'))
del x, y
gc.collect()
print(rx(), got)
d = weakref.WeakValueDictionary()
items = [Node(str(i)) for i in range(5)]
for n in items:
    d[n.name] = n
del items, n
gc.collect()
print(len(d), list(d))
s = weakref.WeakSet()
keep = Node('keep')
s.add(keep)
s.add(Node('temp'))
gc.collect()
print(len(s), [n.name for n in s])
f = weakref.finalize(Node('f'), print, 'finalized')
gc.collect()
print(f.alive)

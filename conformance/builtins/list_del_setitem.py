# list item assignment and deletion, negative indices and their IndexError/TypeError texts.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = [1, 2, 3, 4]
a[0] = "x"; a[-1] = "y"; print(a)
del a[1]; print(a)
del a[-1]; print(a)
def s1(): a[5] = 1
def s2(): a[-5] = 1
def s3(): a["0"] = 1
def s4(): del a[9]
def s5(): del a[-9]
def s6(): a[1.0] = 2
def s7(): a[2**70] = 0
def s8(): del a[None]
for f in [s1, s2, s3, s4, s5, s6, s7, s8]:
    t(f)
print(a)
import operator
b = [0, 1, 2]
operator.setitem(b, 1, "one"); operator.delitem(b, 0); print(b, operator.getitem(b, -1))
b.__setitem__(0, 5); b.__delitem__(-1); print(b, b.__getitem__(0), b.__len__())
t(lambda: b.__getitem__(7))
t(lambda: [].__getitem__(0))

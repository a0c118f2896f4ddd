# list slice assignment and deletion: growing, shrinking, extended slices and their ValueError texts.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = list(range(6))
a[1:3] = ["a", "b", "c", "d"]; print(a)
a[2:] = []; print(a)
a[:0] = "xy"; print(a)
a[len(a):] = (9,); print(a)
a[1:1] = range(2); print(a)
b = list(range(10))
b[::2] = "abcde"; print(b)
b[::-3] = [0, 0, 0, 0]; print(b)
b[5:5:-1] = []; print(b)
def set1(): b[::2] = [1, 2]
def set2(): b[::-1] = [1]
def set3(): b[1:2] = 5
def set4(): b[::0] = []
def set5(): b[::2] = None
def set6(): c = [1, 2, 3]; c[:] = c; return c
def set7(): c = [1, 2, 3]; c[1:] = c; return c
def set8(): c = [1, 2, 3]; c[::-1] = c; return c
def set9(): c = [1, 2]; c["a":] = []
for f in [set1, set2, set3, set4, set5, set6, set7, set8, set9]:
    t(f)
c = list(range(10))
del c[::3]; print(c)
del c[1:3]; print(c)
del c[::-2]; print(c)
del c[100:]; print(c)
del c[:]; print(c)
d = [1, 2, 3]
def del0(): del d[::0]
def del1(): del d[5]
def del2(): del d["x"]
for f in [del0, del1, del2]:
    t(f)
e = [1, 2, 3, 4]
e[3:1] = ["x"]; print(e)
e[-1:-3] = "y"; print(e)
e[1:3] = iter([7, 8, 9]); print(e)

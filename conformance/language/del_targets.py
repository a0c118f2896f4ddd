# del of names, attributes, subscripts, slices, tuples of targets, and errors.
a = 1
del a
try:
    a
except NameError as e:
    print(e)
l = list(range(8))
del l[0], l[-1]
print(l)
del l[::2]
print(l)
d = {"x": 1, "y": 2}
del d["x"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError", e)
class C:
    attr = 1
o = C()
o.inst = 2
del o.inst
try:
    del o.inst
except AttributeError as e:
    print(e)
del C.attr
print(hasattr(C, "attr"))
x, y = 1, 2
del (x, y)
print("x" in globals(), "y" in globals())
[p, q] = 3, 4
del [p, q]
def f():
    v = 1
    del v
    try:
        del v
    except UnboundLocalError as e:
        print(e)
f()
try:
    del undefined_global_name
except NameError as e:
    print(e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(e)
try:
    del "s"[0]
except TypeError as e:
    print(e)
for src in ["del f()", "del 1", "del (a + b)", "del *x"]:
    try:
        compile(src, "<d>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)

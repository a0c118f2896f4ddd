# del of names, attributes, subscripts, slices, and errors.
x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)

lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
a, b = 1, 2
del a, b
print('a' in globals(), 'b' in globals())

d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zzz']
except KeyError as e:
    print(type(e).__name__, e)

class C:
    pass
c = C()
c.attr = 5
del c.attr
try:
    del c.attr
except AttributeError as e:
    print(type(e).__name__, e)

try:
    del lst[100]
except IndexError as e:
    print(type(e).__name__, e)

def f():
    y = 1
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)

t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
p, [q, r] = 1, [2, 3]
del (p, [q, r])
print('p' in globals(), 'q' in globals())

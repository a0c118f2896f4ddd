# Assignment to every target shape.
a = b = c = 1
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (3, 4), 5
print(p, q, r)
[s, t] = "st"
print(s, t)
first, *rest = range(5)
print(first, rest)
*init, last = [1, 2, 3]
print(init, last)
h, *mid, tl = "abcdef"
print(h, mid, tl)
*everything, = (7, 8)
print(everything)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)

class Box:
    pass
box = Box()
box.v = 10
box.w, box.v = box.v, 20
print(box.v, box.w)

lst = [0] * 5
lst[0] = 'zero'
lst[-1] = 'last'
i = 0
i, lst[i] = 2, 'two'
print(lst)
d = {}
d['k'], d['j'] = 1, 2
print(d)
lst[1:3] = ['A', 'B', 'C']
print(lst)
lst[::2] = [None] * 3
print(lst)
for box.attr in range(3):
    pass
print(box.attr)
for d['loop'], *d['rest'] in [(1, 2, 3)]:
    pass
print(d)
m = [[0, 0], [0, 0]]
m[1][0] = 9
print(m)

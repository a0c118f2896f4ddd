# Copies vs aliases of lists: slicing, list(), copy(), *, nested aliasing, in-place vs rebinding.
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
print(b is a, c is a, c == a, c[1] is a[1], d[1] is a[1], e[1] is a[1])
a[1].append(4)
a.append(5)
print(a, b, c, d, e)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
def mutate(lst):
    lst.append("mutated")
def rebind(lst):
    lst = ["rebound"]
    return lst
x = [0]
mutate(x); print(x)
print(rebind(x), x)
y = x
y += [1]
print(x is y, x)
y = y + [2]
print(x is y, x, y)
s = [1, 2, 3]
s[:] = [9]
print(s)
t = s
s[:] = s + s
print(t, t is s)
nested = [[]] * 3
nested[0].append("shared")
print(nested)
import copy
deep = copy.deepcopy([[1], [2]])
print(deep, deep[0] is not [1])
z = [1, 2, 3]
w = z
del z[:]
print(w)

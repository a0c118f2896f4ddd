# Star/double-star unpacking in displays and calls (PEP 448).
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), {*a, *b}, [*"xy"])
print({**{'x': 1}, 'y': 2, **{'x': 3}})
print({'a': 0, **dict(b=1), **{}})
print(*a, *b, sep="-")
def f(*args, **kw):
    return args, kw
print(f(*a, 0, *b, **{'k': 1}, z=2))
print([*range(3), *{}.keys(), *(x for x in 'ab')])
first, *middle, last = [*a, *b]
print(first, middle, last)
print((*a,), [*a] == a, [*a] is a)
try:
    print({**[1, 2]})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([*5])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{'k': 1}, k=2)
except TypeError as e:
    print(type(e).__name__, e)
d1, d2 = {'a': 1}, {'b': 2}
print({**d1, **d2}, d1 | d2)
s = {*(), *[]}
print(s, type(s).__name__)
print(dict(**d1, c=3))
print(*[], sep=',')
print([*{'k': 'v'}], [*{'k': 'v'}.items()])

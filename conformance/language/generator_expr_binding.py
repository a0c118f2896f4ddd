# Generator expressions evaluate the first iterable immediately, the rest lazily.
def source(tag, items):
    print("source", tag)
    return items

g = (x for x in source("outer", [1, 2]))
print("created")
print(list(g))

g2 = (x + y for x in source("first", [1, 2]) for y in source("second", [10]))
print("created g2")
print(list(g2))

try:
    g3 = (x for x in 5)
except TypeError as e:
    print("immediate error:", e)
g4 = (1 / x for x in [1, 0])
print(next(g4))
try:
    next(g4)
except ZeroDivisionError as e:
    print("lazy error:", e)
print(next(g4, "exhausted after error"))

items = [1, 2, 3]
gen = (i for i in items)
items = [4, 5]
print(list(gen))

n = 2
gen = (i * n for i in range(3))
n = 10
print(list(gen))
print(sum(x for x in range(4)), max((x for x in "hello"), default=None))
print(tuple(i for i in range(3)), set(c for c in "aa"))
g5 = (i for i in range(3))
print(g5.__name__, g5.__qualname__, 3 in g5 if False else list(g5))
g6 = (i for i in range(10))
print(5 in g6, next(g6))

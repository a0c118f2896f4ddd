# zip() and map() pull from their iterators left to right and stop at the first exhausted one.
def source(tag, n):
    for i in range(n):
        print(f"  {tag} yields {i}")
        yield f"{tag}{i}"
    print(f"  {tag} exhausted")
print(list(zip(source("A", 2), source("B", 3))))
print(list(zip(source("A", 3), source("B", 1))))
a = iter([1, 2, 3, 4])
b = iter("xy")
print(list(zip(a, b)), "left in a:", list(a))
print(list(map(lambda x, y: x + y, source("P", 2), source("Q", 5))))
it = iter(range(10))
print(list(zip(it, it)), list(zip(*[iter("abcdef")] * 3)))
try:
    list(zip(source("S", 1), source("T", 2), strict=True))
except ValueError as e:
    print(type(e).__name__, e)
import itertools
print(list(itertools.zip_longest(source("L", 1), source("M", 2))))
print(list(filter(None, source("F", 3))))

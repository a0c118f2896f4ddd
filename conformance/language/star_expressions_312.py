# Star expressions in return/yield/subscripts/for iterables (3.8+ and 3.11+ forms).
a, b = [1, 2], (3, 4)
def ret():
    return *a, *b, 5
print(ret())
def gen():
    yield *a, "y"
print(next(gen()))
class Getter:
    def __getitem__(self, key):
        return key
g = Getter()
print(g[*a], g[*a, 9], g[0, *b], g[*()])
for v in *a, *b:
    print("item", v, end="; ")
print()
x = *a, *"cd"
print(x, type(x).__name__)
print([*a, *b][::-1], {*a}, (*b,))
lst = [0, 0, 0, 0]
def idx():
    return 1, 2
try:
    lst[*idx()]
except TypeError as e:
    print(type(e).__name__, e)
def variadic[*Ts](*args: *Ts): return args
print(variadic(1, "a"))
print(len([*range(1000)]), sum([*range(5), *range(3)]))
first, *_, last = *a, *b
print(first, last)

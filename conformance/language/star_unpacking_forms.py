# Star unpacking in assignments, calls, displays, for loops and returns.
first, *middle, last = range(6)
print(first, middle, last)
*init, = "abc"
print(init)
print([*range(3), *"ab", *{1: 2}])
print((*[1, 2], 3), {*[1, 1], 2}, {**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
for a, *rest in [(1, 2, 3), (4,)]:
    print(a, rest)
def ret():
    rest = [2, 3]
    return 1, *rest
print(ret())
def gen():
    yield *[1, 2], 3
print(list(gen()))
t = *range(2), *range(2)
print(t)
print(*"xyz", sep="-")
for src in ["*a = [1]", "a, *b, *c = [1, 2]", "print(*)", "[*a for a in x]", "f(**)", "del *a"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
try:
    print(*5)
except TypeError as e:
    print(e)
try:
    print(**[1])
except TypeError as e:
    print(e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
(a, b), *c = [1, 2], 3, 4
print(a, b, c)

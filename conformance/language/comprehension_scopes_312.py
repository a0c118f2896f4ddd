# Comprehension scoping in 3.12 (PEP 709 inlining keeps semantics).
x = "outer"
r = [x for x in range(3)]
print(r, x)
print([locals().get("q", "no q") for q in [1]])
def f():
    y = 10
    return [y + i for i in range(3)], {i: y for i in range(2)}, {y * i for i in range(2)}, list(y for _ in "a")
print(f())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs])
print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(3)])
matrix = [[1, 2], [3, 4]]
print([v for row in matrix for v in row if v % 2])
try:
    [undefined_thing for _ in range(1)]
except NameError as e:
    print(e)
g = (n * n for n in range(4))
print(next(g), list(g))
try:
    [i for i in 5]
except TypeError as e:
    print(e)
gen_fail = (i for i in range(2))
def outer_iter():
    seq = [1, 2]
    return [s for s in seq]
print(outer_iter())
class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(C.doubled)
print({k: v for k, v in zip("ab", range(2))}, {c for c in "aab"} == {"a", "b"})

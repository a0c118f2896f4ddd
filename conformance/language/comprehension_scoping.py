# Comprehension scoping rules (PEP 709 inlining must not change semantics).
x = 'outer'
lst = [x for x in range(3)]
print(x, lst)

def f():
    y = 10
    return [y + i for i in range(3)]
print(f())

class C:
    items = [1, 2, 3]
    first = items[0]
    doubled = [i * 2 for i in items]
    try:
        bad = [first + i for i in items]
    except NameError as e:
        err = f"{type(e).__name__}: {e}"
print(C.doubled, C.err)

def closures_in_comp():
    return [lambda: i for i in range(3)]
print([fn() for fn in closures_in_comp()])

def walrus_leaks():
    [last := n for n in range(5)]
    return last
print(walrus_leaks())

def iter_evaluated_in_outer_scope():
    n = 3
    return [[j for j in range(n)] for n in range(n)]
print(iter_evaluated_in_outer_scope())

g = (i for i in range(3))
print('i' in dir(), 'n' in globals())
def locals_in_comp():
    a = 1
    return [sorted(locals()) for b in range(1)]
print(locals_in_comp())
def outer_var_after():
    res = [k for k in range(2)]
    try:
        return k
    except NameError as e:
        return str(e)
print(outer_var_after())
print([x for x in 'ab'], x)

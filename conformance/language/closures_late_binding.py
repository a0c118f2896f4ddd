# Closures: late binding, cells shared between functions, rebinding after creation.
def make():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(make())
def shared():
    value = 0
    def get(): return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
g, s = shared()
s(5)
print(g())
s(7)
print(g(), g.__closure__[0] is s.__closure__[0])
def counter_gen():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    while True:
        yield step()
c = counter_gen()
print(next(c), next(c), next(c))
def outer():
    x = 1
    def inner():
        return x
    x = 2
    return inner
print(outer()())
def deleted_cell():
    x = 1
    def inner():
        return x
    del x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
deleted_cell()
def param_cell(a):
    return lambda: a
print(param_cell("param")())
adders = {n: (lambda n: lambda x: x + n)(n) for n in range(3)}
print([adders[k](10) for k in adders])
import types
cell = types.CellType(5)
print(cell.cell_contents)
empty = types.CellType()
try:
    empty.cell_contents
except ValueError as e:
    print("ValueError", e)

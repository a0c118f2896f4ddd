# Cells and closures introspection: __closure__, co_cellvars/co_freevars, cell_contents, CellType.
import types
def outer():
    a = 1
    b = [2]
    def inner():
        return a, b
    return inner
f = outer()
print(f.__code__.co_freevars, outer.__code__.co_cellvars, [type(c).__name__ for c in f.__closure__])
print([c.cell_contents for c in f.__closure__])
f.__closure__[1].cell_contents.append(3)
print(f())
f.__closure__[0].cell_contents = 100
print(f())
def make_empty():
    def inner():
        return later
    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    later = "now set"
    return cell.cell_contents
print(make_empty())
c = types.CellType(5)
print(c.cell_contents, types.CellType().__class__.__name__)
empty = types.CellType()
try:
    empty.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
def no_closure():
    return 1
print(no_closure.__closure__, no_closure.__code__.co_freevars)
def param_cell(x):
    return lambda: x
print(param_cell.__code__.co_cellvars, param_cell(9)())
class WithClassCell:
    def m(self):
        return __class__
print(WithClassCell.m.__code__.co_freevars, WithClassCell().m() is WithClassCell)
g = types.FunctionType(f.__code__, {}, "rebuilt", None, f.__closure__)
print(g.__name__, g())
try:
    types.FunctionType(f.__code__, {})
except TypeError as e:
    print(type(e).__name__, e)
print(c == types.CellType(5), c != types.CellType(6))

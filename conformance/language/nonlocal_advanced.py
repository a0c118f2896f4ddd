# nonlocal/global interplay across several nesting levels and in classes.
x = "global"
def level1():
    x = "level1"
    def level2():
        def level3():
            nonlocal x
            x = "set by level3"
        level3()
        return x
    result = level2()
    return result, x
print(level1(), x)

def global_inside_nested():
    x = "local"
    def inner():
        global x
        x = "global changed by inner"
    inner()
    return x
print(global_inside_nested(), x)

def class_in_function():
    value = 1
    class Inner:
        nonlocal value
        value = 2
        attr = value
    return value, Inner.attr, hasattr(Inner, 'value')
print(class_in_function())

def class_reads_enclosing():
    y = "enclosing"
    class C:
        y = "class attr"
        def method(self):
            return y
    return C().method(), C.y
print(class_reads_enclosing())

def counter_factory():
    count = 0
    def incr(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return incr, get
inc, get = counter_factory()
inc(); inc(5)
print(get())

def loop_cells():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    i = 100
    return [f() for f in fns]
print(loop_cells())
def param_is_cell(p):
    def g():
        return p
    p = p * 2
    return g()
print(param_is_cell(21))

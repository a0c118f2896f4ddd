# Closures, cells, nonlocal, late binding.
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c1, c2 = counter(), counter()
print(c1(), c1(), c1(), c2())

def make_adders():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in make_adders()])

def make_adders_bound():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders_bound()])

def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner
    x = 'rebound'
    return middle()()
print(outer())

def shared():
    val = []
    def get():
        return val
    def put(v):
        val.append(v)
    return get, put
g, p = shared()
p(1); p(2)
print(g())

def cell_contents():
    a = 5
    def f():
        return a
    return f
fn = cell_contents()
print(fn.__closure__[0].cell_contents, fn.__code__.co_freevars)

def nested_nonlocal():
    x = 1
    def a():
        def b():
            nonlocal x
            x = 3
        b()
    a()
    return x
print(nested_nonlocal())

def unbound_free():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
unbound_free()

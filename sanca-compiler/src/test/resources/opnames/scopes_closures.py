x = 1
def outer(a, *args, b=2, **kw):
    y = a
    def inner():
        nonlocal y
        y += 1
        return y + x
    def reader():
        return a + z
    z = 3
    return inner, reader
def g():
    global x, w
    x = 2
    w = lambda q, r=x: q + r + x
    del w

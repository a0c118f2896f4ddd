# nonlocal from generators and loops; closures capturing loop variables by cell.
def make_counter():
    total = 0
    def gen():
        nonlocal total
        while True:
            total += 1
            yield total
    return gen(), lambda: total
g, peek = make_counter()
next(g); next(g)
print(peek())
def collect():
    results = []
    acc = 0
    def add(x):
        nonlocal acc
        acc += x
        results.append(acc)
    for i in range(4):
        add(i)
    return results, acc
print(collect())
def cells_in_loop():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    j = 0
    gs = []
    while j < 3:
        gs.append(lambda: j)
        j += 1
    return [f() for f in fs], [g() for g in gs]
print(cells_in_loop())
def nested_nonlocal():
    x = 0
    def a():
        def b():
            nonlocal x
            x += 10
        b()
        return x
    return a(), x
print(nested_nonlocal())

# exec() inside a function cannot change its fast locals; explicit dicts capture results.
def f():
    x = 1
    exec("x = 2")
    return x
print(f())
def g():
    ns = {}
    exec("y = 10", globals(), ns)
    return ns["y"]
print(g())
def h():
    exec("z = 5")
    try:
        return z
    except NameError as e:
        return str(e)
print(h())
def k():
    loc = locals()
    exec("w = 7", globals(), loc)
    return loc.get("w")
print(k())

# Default values are evaluated once, at definition time, left to right.
order = []
def val(tag):
    order.append(tag)
    return tag
def f(a=val('a'), b=val('b'), *, c=val('c')):
    return a, b, c
print(order)
print(f(), f(1))
print(order)

def append_to(x, into=[]):
    into.append(x)
    return into
print(append_to(1), append_to(2), append_to(3, []))

def safe(x, into=None):
    if into is None:
        into = []
    into.append(x)
    return into
print(safe(1), safe(2))

n = 10
def captured(v=n):
    return v
n = 20
print(captured())

funcs = []
for i in range(3):
    def g(i=i):
        return i
    funcs.append(g)
print([fn() for fn in funcs])

class K:
    counter = 0
    def bump(self, step=counter + 1):
        return step
print(K().bump())
def deco_order():
    seq = []
    def d(tag):
        seq.append('deco ' + tag)
        return lambda fn: fn
    @d('x')
    def inner(p=seq.append('default') or 1):
        pass
    return seq
print(deco_order())

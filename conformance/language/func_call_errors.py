# CPython's TypeError messages for bad calls.
def attempt(fn, *args, **kw):
    try:
        fn(*args, **kw)
    except TypeError as e:
        print(e)

def f0(): pass
def f1(x): pass
def f2(x, y): pass
def f3(x, y, z): pass
def fd(x, y=1): pass
def fk(*, k): pass
def fk2(*, k, j): pass
def fp(a, /, b): pass
def fstar(a, *args): pass

attempt(f0, 1)
attempt(f0, 1, 2)
attempt(f1)
attempt(f2)
attempt(f2, 1)
attempt(f3, 1)
attempt(f3)
attempt(f2, 1, 2, 3)
attempt(fd)
attempt(fd, 1, 2, 3)
attempt(f1, 1, x=2)
attempt(f1, y=2)
attempt(f1, 1, y=2)
attempt(fk)
attempt(fk2)
attempt(fk, 1)
attempt(fk, 1, k=2)
attempt(fp, a=1, b=2)
attempt(fp, 1, 2, a=3)
attempt(fstar)
attempt(fd, 1, 2, x=4)
attempt(fk2, j=1, k=2, m=3)
attempt(lambda: f2(**{'x': 1}, **{'x': 2}))
attempt(lambda: f1(*5))
attempt(lambda: f2(1, *5))
attempt(lambda: f1(**[1]))
attempt(lambda: f1(**{1: 2}))
attempt(lambda: f2(1, **{'x': 2}))

class K:
    def m(self, a): pass
attempt(K().m)
attempt(K().m, 1, 2)
attempt(K.m)
attempt(lambda: 0, 1)
attempt(lambda x, /: 0, x=1)

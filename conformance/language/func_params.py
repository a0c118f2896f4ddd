# Every parameter kind, defaults, *args, **kwargs.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
print(f(a=1, c=3, d=0, z=1))

def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4))
print(pos_only(1, 2, c=3, d=4))

def kw_named_like_posonly(a, /, **kw):
    return a, kw
print(kw_named_like_posonly(1, a=2))

def defaults(x, lst=[]):
    lst.append(x)
    return lst
print(defaults(1), defaults(2))
print(defaults.__defaults__)

def kwdefaults(*, k=10, j):
    return k, j
print(kwdefaults(j=1), kwdefaults.__kwdefaults__)

def star(*args):
    return args
print(star(), star(1), star(*[1, 2], 3, *"ab"))

def starstar(**kw):
    return kw
print(starstar(), starstar(**{'x': 1}, y=2, **{'z': 3}))

def show(a, b, c):
    return f"{a}-{b}-{c}"
print(show(*[1, 2], c=3), show(**{'c': 1, 'b': 2, 'a': 3}))
print(show(1, *(), *[2], **{}, c=3))

print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, pos_only.__code__.co_posonlyargcount)
print(f.__code__.co_varnames)
print(f.__name__, f.__qualname__)

def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)

# Code object co_* attributes that tools read.
def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    local = a + b
    def inner():
        return local + c
    return inner
co = f.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals)
print(co.co_filename, co.co_firstlineno)
print(co.co_flags & 0x04 != 0, co.co_flags & 0x08 != 0, co.co_flags & 0x20 != 0)
inner = f(1, d=1)
ic = inner.__code__
print(ic.co_name, ic.co_qualname, ic.co_freevars, ic.co_varnames)
def g():
    yield 1
print(bool(g.__code__.co_flags & 0x20), bool(f.__code__.co_flags & 0x20))
async def a(): pass
print(bool(a.__code__.co_flags & 0x80))
class K:
    def m(self): pass
print(K.m.__code__.co_qualname, (lambda x: x).__code__.co_name)
def consts():
    return "hello", 42, None
print("hello" in consts.__code__.co_consts, 42 in consts.__code__.co_consts)
print(isinstance(co.co_names, tuple), isinstance(co.co_consts, tuple))
def uses_globals():
    return len(print_me)
print("len" in uses_globals.__code__.co_names, "print_me" in uses_globals.__code__.co_names)
co2 = co.replace(co_name="renamed")
print(co2.co_name, co.co_name)
print(type(co).__name__)

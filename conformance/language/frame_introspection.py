# sys._getframe, f_back, f_code, f_lineno, f_locals, f_globals.
import sys
def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno
def caller():
    return where()
print(caller())
def locals_of():
    a = 1
    b = "two"
    f = sys._getframe()
    return sorted((k, v) for k, v in f.f_locals.items() if k != "f")
print(locals_of())
def chain():
    names = []
    f = sys._getframe()
    while f.f_code.co_name != "<module>":
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
def level2():
    return chain()
print(level2())
print(sys._getframe().f_globals is globals(), sys._getframe().f_code.co_name)
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError", e)
def lineno():
    f = sys._getframe()
    first = f.f_lineno
    second = f.f_lineno
    return second - first
print(lineno())
def gen():
    f = sys._getframe()
    yield f.f_code.co_name
    yield f.f_back is not None
g = gen()
print(next(g), g.gi_frame.f_lineno, next(g))
print(type(sys._getframe()).__name__)

# sys._getframe basics: f_code, f_lineno, f_locals, f_back, co_* attributes.
import sys

def who_called():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno

def caller():
    return who_called()

print(caller())

def inspect_self(a, b=2):
    c = a + b
    f = sys._getframe()
    print(f.f_code.co_name, sorted(f.f_locals), f.f_locals['c'])
    print(f.f_code.co_argcount, f.f_code.co_filename, f.f_lineno)
    print(f.f_back.f_code.co_name)
    print(f.f_globals is globals())
inspect_self(1)

def depth():
    f = sys._getframe()
    names = []
    while f is not None and f.f_code.co_name != '<module>':
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
def a(): return b()
def b(): return depth()
print(a())

try:
    sys._getframe(10000)
except ValueError as e:
    print(type(e).__name__, e)

def gen():
    yield sys._getframe().f_code.co_name
print(next(gen()))
code = inspect_self.__code__
print(code.co_name, code.co_varnames, code.co_nlocals, code.co_firstlineno)
print(type(code).__name__, type(sys._getframe()).__name__)
def tb_lines():
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
        return tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next
print(tb_lines())

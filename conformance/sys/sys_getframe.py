import sys
def outer():
    return inner()
def inner():
    f = sys._getframe()
    b = sys._getframe(1)
    return f.f_code.co_name, b.f_code.co_name, sys._getframe(2).f_code.co_name, f.f_back is b
print(outer())
print(sys._getframe().f_globals is globals(), sys._getframe().f_lineno)
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)

# AssertionError from assert with and without messages, and the place of RecursionError in the hierarchy.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, repr(e), e.args)
def a1():
    assert False
def a2():
    assert 1 == 2, "values differ"
def a3():
    assert [], ["list", "message"]
t(a1); t(a2); t(a3)
print(issubclass(RecursionError, RuntimeError), RecursionError.__mro__[1].__name__)
import sys
print(sys.getrecursionlimit() >= 1000)

# except clauses: tuples of classes, subclass matching, non-exception classes in except, bare except.
import errno
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
def catch(exc, spec):
    try:
        raise exc
    except spec as e:
        return "caught " + type(e).__name__
print(catch(KeyError(), LookupError), catch(IndexError(), (ValueError, LookupError)), catch(OSError(errno.ENOENT, "x"), FileNotFoundError))
t(lambda: catch(ValueError(), int))
t(lambda: catch(ValueError(), (ValueError, int)))
t(lambda: catch(ValueError(), (int, TypeError)))
t(lambda: catch(ValueError(), "ValueError"))
def bare():
    try:
        raise KeyboardInterrupt
    except:
        return "bare caught"
print(bare())
def exc_var_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return "err" in locals()
print(exc_var_cleared())
import sys
try:
    raise TypeError("current")
except TypeError:
    print(repr(sys.exception()), sys.exc_info()[0].__name__)
print(sys.exception(), sys.exc_info())

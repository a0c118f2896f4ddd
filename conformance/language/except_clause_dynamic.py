# except clauses evaluate their expressions at run time; invalid classes raise TypeError.
def handler_types():
    print("computing handler types")
    return (KeyError, IndexError)
try:
    [][1]
except handler_types() as e:
    print("caught", type(e).__name__)
errors = []
errors.append(ZeroDivisionError)
try:
    1 / 0
except tuple(errors):
    print("caught via tuple built at run time")
try:
    try:
        raise ValueError("v")
    except "not a class":
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("v")
    except (ValueError, 5):
        print("matched before the bad element")
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("v")
    except (KeyError, int):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("v")
    except* int:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("v")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return True
    def __subclasscheck__(cls, sub):
        print("__subclasscheck__ is not consulted by except")
        return True
class CatchAll(Exception, metaclass=Meta):
    pass
try:
    try:
        raise KeyError("k")
    except CatchAll:
        print("caught by CatchAll?")
except KeyError:
    print("except uses the real MRO, not __subclasscheck__")
nested = ((KeyError,), (IndexError, (ValueError,)))
try:
    try:
        raise ValueError
    except nested:
        print("nested tuples?")
except TypeError as e:
    print(type(e).__name__, e)

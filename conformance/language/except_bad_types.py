# except clauses with invalid types, exception tuples and dynamic classes.
try:
    try:
        raise ValueError("v")
    except 42:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError("v")
    except (ValueError, 42):
        print("tuple with bad entry still matches the first")
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError("v")
    except (KeyError, "str"):
        pass
except TypeError as e:
    print(e)
def pick():
    return (KeyError, ValueError)
try:
    raise ValueError
except pick():
    print("dynamic tuple")
try:
    raise ValueError
except ((KeyError,), (ValueError,)) if False else ValueError:
    print("ok")
class MyErr(ValueError):
    pass
try:
    raise MyErr("mine")
except ValueError as e:
    print(type(e).__name__, isinstance(e, MyErr))
try:
    raise MyErr
except (MyErr, MyErr):
    print("duplicates fine")

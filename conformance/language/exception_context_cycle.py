# Implicit chaining avoids cycles; __context__ set when raising in handlers, even re-raising.
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            raise a
except ValueError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
e1 = KeyError("k")
try:
    try:
        raise e1
    except KeyError:
        raise e1
except KeyError as e:
    print(e.__context__)
def f():
    try:
        1 / 0
    except ZeroDivisionError as z:
        return z
z = f()
print(repr(z.__context__), z.__traceback__ is not None)

# implicit context from except and finally blocks, nested handlers and context cycles.
try:
    try:
        raise ValueError("a")
    finally:
        raise KeyError("b")
except KeyError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError:
            raise IndexError("c")
except IndexError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))
a = ValueError("a")
b = KeyError("b")
try:
    try:
        raise a
    except ValueError:
        try:
            raise b
        except KeyError:
            raise a
except ValueError as e:
    print(e is a, repr(e.__context__), repr(b.__context__))
def gen():
    try:
        yield 1
    except GeneratorExit:
        raise RuntimeError("in close")
g = gen(); next(g)
try:
    g.close()
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

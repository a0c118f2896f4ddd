# Implicit exception context: set in handlers, in finally, through generators; cycle breaking.
def ctx(e):
    chain = []
    while e is not None:
        chain.append(type(e).__name__)
        e = e.__context__
    return chain
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError:
            raise TypeError("c")
except TypeError as e:
    print(ctx(e))
try:
    try:
        raise KeyError("in try")
    finally:
        raise ValueError("in finally")
except ValueError as e:
    print(ctx(e))
def gen():
    try:
        yield 1
    except GeneratorExit:
        raise
    yield 2
try:
    try:
        raise OSError("outer")
    except OSError:
        g = gen()
        next(g)
        raise RuntimeError("after gen")
except RuntimeError as e:
    print(ctx(e))
err = ValueError("self")
try:
    try:
        raise err
    except ValueError:
        raise err
except ValueError as e:
    print("re-raising the same object keeps context", e.__context__)
a = KeyError("a")
b = ValueError("b")
try:
    try:
        raise a
    except KeyError:
        try:
            raise b
        except ValueError:
            raise a
except KeyError as e:
    print("cycle broken:", repr(e.__context__), repr(e.__context__.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    raise NameError("outside handler")
except NameError as e:
    print("no context outside handler:", e.__context__)
def raise_in_handler_func():
    raise IndexError("from function")
try:
    try:
        {}["x"]
    except KeyError:
        raise_in_handler_func()
except IndexError as e:
    print(ctx(e))

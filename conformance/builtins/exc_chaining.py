# __cause__, __context__ and __suppress_context__: implicit chaining, raise from, raise from None.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        [][0]
    except IndexError:
        raise TypeError("hidden") from None
except TypeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
e = Exception()
e.__cause__ = ValueError("c"); print(repr(e.__cause__), e.__suppress_context__)
e.__context__ = KeyError("k"); print(repr(e.__context__))
def bad_cause():
    e.__cause__ = 5
def bad_context():
    e.__context__ = "s"
t(bad_cause)
t(bad_context)
def bad_suppress():
    e.__suppress_context__ = 1
t(bad_suppress)
e.__suppress_context__ = True; print(e.__suppress_context__)
def raise_bad_from():
    raise ValueError from 5
t(raise_bad_from)
def raise_from_class():
    raise ValueError("x") from KeyError
try:
    raise_from_class()
except ValueError as v:
    print(repr(v.__cause__))
try:
    try:
        raise KeyError(1)
    except KeyError as k:
        k2 = k
        raise k
except KeyError as again:
    print(again is k2, again.__context__)

# raise ... from: cause, suppressed context, from None, invalid causes.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("hidden") from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(e)
try:
    raise ValueError from KeyError
except ValueError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
class NotExc: pass
try:
    raise NotExc
except TypeError as e:
    print(e)
e = ValueError("manual")
e.__cause__ = KeyError("k")
print(e.__suppress_context__)
try:
    e.__cause__ = 1
except TypeError as err:
    print(err)
def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        raise
try:
    reraise()
except KeyError as e:
    print("bare raise kept", repr(e))
try:
    raise ValueError("with tb").with_traceback(None)
except ValueError as e:
    print(e.__traceback__ is not None)

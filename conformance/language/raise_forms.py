# raise forms: class, instance, re-raise, raise from, context and cause attributes.
def show(e):
    print(type(e).__name__, repr(e), "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)

try:
    raise ValueError
except ValueError as e:
    show(e)
try:
    raise ValueError("msg", 2)
except ValueError as e:
    show(e)
    print(e.args)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during")
except KeyError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("explicit") from z
except KeyError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("no chain") from None
except KeyError as e:
    show(e)
try:
    raise IndexError from ValueError
except IndexError as e:
    show(e)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
class NotAnException:
    pass
try:
    raise NotAnException
except TypeError as e:
    print(type(e).__name__, e)
def reraiser():
    try:
        raise OSError("disk")
    except OSError:
        try:
            raise
        finally:
            print("finally before re-raise completes")
try:
    reraiser()
except OSError as e:
    print("got", e)

# exception group fields: message, exceptions tuple identity, split copies notes/cause/context/traceback.
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(eg.message, eg.exceptions, eg.exceptions is eg.exceptions, eg.args, repr(eg))
eg.__cause__ = KeyError("cause"); eg.__context__ = IndexError("ctx"); eg.add_note("n1")
try:
    raise eg
except ExceptionGroup as caught:
    m, r = caught.split(ValueError)
    print(repr(m.__cause__), repr(m.__context__), m.__notes__, m.__traceback__ is caught.__traceback__)
    print(repr(r.__cause__), r.__notes__)
try:
    eg.message = "x"
except AttributeError as e:
    print("AttributeError", e)
print(str(ExceptionGroup("x", [ValueError()])), str(ExceptionGroup("x", [ValueError(), KeyError()])))

# except* over nested groups keeps the structure of what matched.
def raise_nested():
    raise ExceptionGroup("outer", [
        ValueError("v1"),
        ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")]),
        ExceptionGroup("other", [KeyError("k")]),
    ])
try:
    raise_nested()
except* ValueError as eg:
    print(repr(eg))
except* TypeError as eg:
    print(repr(eg))
except* KeyError as eg:
    print(repr(eg))
try:
    try:
        raise_nested()
    except* ValueError:
        raise RuntimeError("handler failed")
except ExceptionGroup as eg:
    print(repr(eg), [type(e).__name__ for e in eg.exceptions])

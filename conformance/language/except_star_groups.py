# except* splitting ExceptionGroups, nesting, re-raise and the leftovers.
def raise_group():
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
try:
    try:
        raise_group()
    except* ValueError as eg:
        print("values", repr(eg), eg.exceptions)
    except* TypeError as eg:
        print("types", eg.exceptions)
except ExceptionGroup as rest:
    print("rest", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked wrapped:", repr(eg))
try:
    try:
        raise ExceptionGroup("outer", [ExceptionGroup("inner", [OSError("x")]), ValueError("v")])
    except* OSError as eg:
        print("os", repr(eg))
except* ValueError as eg:
    print("value", repr(eg))
eg = ExceptionGroup("g", [ValueError("a"), TypeError("b")])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(repr(eg.derive([KeyError("k")])))
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print(e)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraised", repr(e))
for src in ["try:\n pass\nexcept* ExceptionGroup:\n pass", "try:\n pass\nexcept*:\n pass",
            "for i in []:\n try:\n  pass\n except* ValueError:\n  break"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError", e)

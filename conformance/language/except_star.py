# except* and ExceptionGroup handling.
def run(eg):
    try:
        raise eg
    except* ValueError as g:
        print("ValueError group:", repr(g), g.exceptions)
    except* TypeError as g:
        print("TypeError group:", repr(g))
    except* KeyError:
        print("KeyError handled")

run(ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)]))
run(ExceptionGroup("one", [KeyError('k')]))
try:
    run(ExceptionGroup("rest", [ValueError('v'), OSError('os')]))
except ExceptionGroup as e:
    print("unhandled remainder:", repr(e))

try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", repr(g))

try:
    raise ExceptionGroup("nested", [ValueError(1), ExceptionGroup("inner", [ValueError(2), TypeError(3)])])
except* ValueError as g:
    print("nested match:", repr(g))
except* TypeError as g:
    print("nested type:", repr(g))

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("from handler")
except KeyError as e:
    print("raised in handler:", repr(e), "context:", repr(e.__context__))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from handler")
except ExceptionGroup as e:
    print("raised with unhandled rest:", repr(e))

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        raise
except ExceptionGroup as e:
    print("reraise:", repr(e))

eg = ExceptionGroup("msg", [ValueError(1)])
print(str(eg), eg.message, isinstance(eg, Exception))
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("b", [ValueError()])
print(type(beg2).__name__)
for bad in (lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup("x", [KeyboardInterrupt()])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

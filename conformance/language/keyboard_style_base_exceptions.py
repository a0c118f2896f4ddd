# BaseException subclasses not caught by except Exception; GeneratorExit and SystemExit.
for exc in [KeyboardInterrupt, SystemExit, GeneratorExit]:
    try:
        try:
            raise exc
        except Exception:
            print("wrongly caught", exc.__name__)
    except BaseException as e:
        print("BaseException handler got", type(e).__name__)
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
print(sorted(c.__name__ for c in BaseException.__subclasses__() if c.__name__ in ("Exception", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "BaseExceptionGroup")))
class MyBase(BaseException):
    pass
try:
    try:
        raise MyBase("custom base")
    except Exception:
        print("no")
except MyBase as e:
    print("caught", e)

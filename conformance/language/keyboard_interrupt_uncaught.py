# Uncaught BaseException subclasses still produce a traceback and status 1.
try:
    raise KeyboardInterrupt
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__)
class Custom(BaseException):
    pass
print(issubclass(Custom, Exception))
raise Custom("base only")

# Every common builtin exception: base class, str and repr of an instance with a message.
import builtins
names = ["BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception", "StopIteration", "StopAsyncIteration",
         "ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError", "AssertionError", "AttributeError",
         "BufferError", "EOFError", "ImportError", "ModuleNotFoundError", "LookupError", "IndexError", "KeyError",
         "MemoryError", "NameError", "UnboundLocalError", "OSError", "BlockingIOError", "ChildProcessError",
         "ConnectionError", "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError",
         "FileExistsError", "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError",
         "PermissionError", "ProcessLookupError", "TimeoutError", "ReferenceError", "RuntimeError", "NotImplementedError",
         "RecursionError", "SyntaxError", "IndentationError", "TabError", "SystemError", "TypeError", "ValueError",
         "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError", "Warning", "UserWarning",
         "DeprecationWarning", "PendingDeprecationWarning", "SyntaxWarning", "RuntimeWarning", "FutureWarning",
         "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning", "BaseExceptionGroup", "ExceptionGroup"]
for name in names:
    cls = getattr(builtins, name)
    try:
        inst = cls("msg")
        shown = f"{str(inst)!r} {inst!r}"
    except TypeError as e:
        shown = f"TypeError: {e}"
    print(name, cls.__base__.__name__, shown)
print(SyntaxError("bad", ("file.py", 3, 5, "x = (", 3, 6)).lineno, str(SyntaxError("bad", ("file.py", 3, 5, "x = (", 3, 6))))
print(repr(UnicodeTranslateError("ab", 0, 1, "reason")), str(UnicodeTranslateError("ab", 0, 1, "reason")))
print(issubclass(TimeoutError, OSError), IOError.__name__, EnvironmentError.__name__, issubclass(EncodingWarning, Warning))

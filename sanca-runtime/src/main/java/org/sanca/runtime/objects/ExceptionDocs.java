package org.sanca.runtime.objects;

/** The docstrings of the builtin exception types, as CPython 3.12 gives them ({@code Objects/exceptions.c}). */
final class ExceptionDocs {
    private ExceptionDocs() {
    }

    /** The {@code __doc__} of builtin exception type {@code name}, or null for none. */
    static String of(String name) {
        return switch (name) {
            case "ArithmeticError" -> "Base class for arithmetic errors.";
            case "AssertionError" -> "Assertion failed.";
            case "AttributeError" -> "Attribute not found.";
            case "BaseException" -> "Common base class for all exceptions";
            case "BaseExceptionGroup" -> "A combination of multiple unrelated exceptions.";
            case "BlockingIOError" -> "I/O operation would block.";
            case "BrokenPipeError" -> "Broken pipe.";
            case "BufferError" -> "Buffer error.";
            case "BytesWarning" -> "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.";
            case "ChildProcessError" -> "Child process error.";
            case "ConnectionAbortedError" -> "Connection aborted.";
            case "ConnectionError" -> "Connection error.";
            case "ConnectionRefusedError" -> "Connection refused.";
            case "ConnectionResetError" -> "Connection reset.";
            case "DeprecationWarning" -> "Base class for warnings about deprecated features.";
            case "EOFError" -> "Read beyond end of file.";
            case "EncodingWarning" -> "Base class for warnings about encodings.";
            case "Exception" -> "Common base class for all non-exit exceptions.";
            case "FileExistsError" -> "File already exists.";
            case "FileNotFoundError" -> "File not found.";
            case "FloatingPointError" -> "Floating-point operation failed.";
            case "FutureWarning" -> "Base class for warnings about constructs that will change semantically\nin the future.";
            case "GeneratorExit" -> "Request that a generator exit.";
            case "ImportError" -> "Import can't find module, or can't find name in module.";
            case "ImportWarning" -> "Base class for warnings about probable mistakes in module imports";
            case "IndentationError" -> "Improper indentation.";
            case "IndexError" -> "Sequence index out of range.";
            case "InterruptedError" -> "Interrupted by signal.";
            case "IsADirectoryError" -> "Operation doesn't work on directories.";
            case "KeyError" -> "Mapping key not found.";
            case "KeyboardInterrupt" -> "Program interrupted by user.";
            case "LookupError" -> "Base class for lookup errors.";
            case "MemoryError" -> "Out of memory.";
            case "ModuleNotFoundError" -> "Module not found.";
            case "NameError" -> "Name not found globally.";
            case "NotADirectoryError" -> "Operation only works on directories.";
            case "NotImplementedError" -> "Method or function hasn't been implemented yet.";
            case "OSError" -> "Base class for I/O related errors.";
            case "OverflowError" -> "Result too large to be represented.";
            case "PendingDeprecationWarning" -> "Base class for warnings about features which will be deprecated\nin the future.";
            case "PermissionError" -> "Not enough permissions.";
            case "ProcessLookupError" -> "Process not found.";
            case "RecursionError" -> "Recursion limit exceeded.";
            case "ReferenceError" -> "Weak ref proxy used after referent went away.";
            case "ResourceWarning" -> "Base class for warnings about resource usage.";
            case "RuntimeError" -> "Unspecified run-time error.";
            case "RuntimeWarning" -> "Base class for warnings about dubious runtime behavior.";
            case "StopAsyncIteration" -> "Signal the end from iterator.__anext__().";
            case "StopIteration" -> "Signal the end from iterator.__next__().";
            case "SyntaxError" -> "Invalid syntax.";
            case "SyntaxWarning" -> "Base class for warnings about dubious syntax.";
            case "SystemError" -> "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version.";
            case "SystemExit" -> "Request to exit from the interpreter.";
            case "TabError" -> "Improper mixture of spaces and tabs.";
            case "TimeoutError" -> "Timeout expired.";
            case "TypeError" -> "Inappropriate argument type.";
            case "UnboundLocalError" -> "Local name referenced but not bound to a value.";
            case "UnicodeDecodeError" -> "Unicode decoding error.";
            case "UnicodeEncodeError" -> "Unicode encoding error.";
            case "UnicodeError" -> "Unicode related error.";
            case "UnicodeTranslateError" -> "Unicode translation error.";
            case "UnicodeWarning" -> "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.";
            case "UserWarning" -> "Base class for warnings generated by user code.";
            case "ValueError" -> "Inappropriate argument value (of correct type).";
            case "Warning" -> "Base class for warning categories.";
            case "ZeroDivisionError" -> "Second argument to a division or modulo operation was zero.";
            default -> null;
        };
    }
}

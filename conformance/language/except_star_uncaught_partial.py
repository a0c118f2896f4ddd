# except* handles part of a group; the unhandled rest propagates uncaught.
try:
    raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as eg:
    print("handled", len(eg.exceptions), "ValueErrors")

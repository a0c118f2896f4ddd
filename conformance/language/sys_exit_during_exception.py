# sys.exit raised while handling another exception: no traceback, status from SystemExit, finally blocks run.
import sys
def cleanup():
    print("cleanup runs")
try:
    try:
        {}["missing"]
    except KeyError as e:
        print("handling", repr(e))
        sys.exit(4)
finally:
    cleanup()

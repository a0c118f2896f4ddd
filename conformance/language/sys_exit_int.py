# sys.exit with an int status: output flushed, no traceback, status propagated.
import sys
print("before exit")
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.code, repr(e))
try:
    raise SystemExit
except SystemExit as e:
    print("bare", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("no arg", e.code)
def nested():
    try:
        sys.exit(3)
    finally:
        print("finally runs on exit")
nested()
print("never printed")

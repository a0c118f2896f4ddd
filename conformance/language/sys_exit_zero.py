# SystemExit(0) and SystemExit(None) exit successfully; exception in exit-path finally ignored.
import sys
print("start")
try:
    raise SystemExit(None)
except SystemExit as e:
    print("code", e.code)
print("exiting with 0")
raise SystemExit(0)

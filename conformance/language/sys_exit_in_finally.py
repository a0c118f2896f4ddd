# SystemExit passes through finally blocks and except Exception; status from the code.
import sys
try:
    try:
        sys.exit(4)
    except Exception:
        print("not caught by Exception")
    finally:
        print("finally runs")
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    raise SystemExit("message")
except SystemExit as e:
    print(e.code)
print("now exiting with 3")
sys.exit(3)

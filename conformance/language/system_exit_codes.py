# SystemExit with ints, True and a message: the code and args, then an exit status of 7.
import sys
for code in [0, 5, True, "msg"]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(e.code), e.args)
raise SystemExit(7)

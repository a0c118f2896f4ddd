import sys
for code in (None, 0, 3, "message"):
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    sys.exit()
except SystemExit as e:
    print(e.code, e.args)
print("last")
sys.exit(4)

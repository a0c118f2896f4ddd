import sys, io
sys.stdout.reconfigure(encoding="latin-1")
print(sys.stdout.encoding, sys.stdout.errors)
sys.stdout.reconfigure(errors="replace")
print("snow \u2603", sys.stdout.encoding, sys.stdout.errors)
sys.stdout.reconfigure(encoding="utf-8", line_buffering=True, write_through=False)
print("snow \u2603", sys.stdout.errors, sys.stdout.line_buffering, sys.stdout.write_through)
for kw in [dict(encoding="nope"), dict(errors=5), dict(encoding=5), dict(newline="x"), dict(line_buffering="yes"), dict(newline=5), dict(bogus=1)]:
    try:
        sys.stdout.reconfigure(**kw)
        print(kw, "ok", sys.stdout.line_buffering)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.stdout.reconfigure("utf-8")
except TypeError as e:
    print(e)
sys.stdout.reconfigure(newline="\r\n")
print("crlf")
sys.stdout.reconfigure(newline="")
print("plain")
sys.stderr.reconfigure(errors="strict")
print(sys.stderr.errors, sys.stdin.encoding)
sys.stdin.reconfigure(encoding="ascii")
print(sys.stdin.encoding, sys.stdin.errors)
sys.stdin.read()
try:
    sys.stdin.reconfigure(encoding="latin-1")
except Exception as e:
    print(type(e).__module__, type(e).__name__, e)
sys.stdin.reconfigure(errors="ignore")
print(sys.stdin.errors)
sys.stdout.flush()

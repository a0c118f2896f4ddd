import sys

print(repr(sys.stdin.readline()))
print(sys.stdin.readlines(5))
print(next(sys.stdin))
print(sys.stdin.readlines(None))
print(sys.stdin.readlines())
with sys.stdin as f:
    print(f is sys.stdin, f.closed)
print(sys.stdin.closed)
try:
    sys.stdin.readlines()
except ValueError as e:
    print("ValueError", e)

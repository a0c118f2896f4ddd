# input() and sys.stdin reading from the case's .in file; EOFError at the end.
import sys
name = input()
print("hello", name)
age = input("age? ")
print("next year", int(age) + 1)
line = sys.stdin.readline()
print(repr(line))
rest = sys.stdin.read()
print(repr(rest))
try:
    input("more? ")
except EOFError as e:
    print(type(e).__name__, repr(str(e)))
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))

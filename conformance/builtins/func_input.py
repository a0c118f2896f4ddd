# input(): reading lines from stdin, the prompt on stdout, EOFError at end and argument errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = input()
b = input("prompt> ")
print()
print(repr(a), repr(b))
c = input(42)
print()
print(repr(c))
t(lambda: input("a", "b"))
print(repr(input("")))
t(lambda: input("last: "))
print()
import sys
print(sys.stdin.readline() == "")

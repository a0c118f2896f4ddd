import sys
greeting = "hello"
print(greeting, sys.argv)

import sys
print(sys.argv)
print(sys.orig_argv[-3:])
print(type(sys.argv).__name__)

import sys
print(__name__)
print(__file__)
print(sys.modules["__main__"] is sys.modules[__name__])
print(type(__builtins__).__name__)

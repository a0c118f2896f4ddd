import sys
a = sys.intern("hello world " * 3)
b = sys.intern("hello world " * 3)
print(a is b, a == b)
try:
    sys.intern(3)
except TypeError as e:
    print(e)
print(type(sys.getsizeof([])).__name__, sys.getsizeof([]) > 0, sys.getsizeof(1) > 0)
class Sized:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(Sized()) >= 100)
class Bad:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(Bad())
except ValueError as e:
    print(e)
print(sys.getsizeof(Bad.__new__(Bad), 7) if False else "ok")

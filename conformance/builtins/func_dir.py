# dir(): of instances, classes, modules, with __dir__, sorted results and errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    x = 1
    def m(self):
        pass
class B(A):
    y = 2
b = B(); b.z = 3
print([n for n in dir(b) if not n.startswith("__")], [n for n in dir(B) if not n.startswith("__")])
print("__init__" in dir(b), "__dict__" in dir(b), "mro" in dir(type), "mro" in dir(B))
class D:
    def __dir__(self):
        return ["zz", "aa", "mm"]
print(dir(D()))
class BadDir:
    def __dir__(self):
        return 5
t(lambda: dir(BadDir()))
class TupleDir:
    def __dir__(self):
        return ("b", "a")
print(dir(TupleDir()))
t(lambda: dir(1, 2))
import math
print([n for n in dir(math) if n.startswith("f")])
def f():
    a = 1
    b = 2
    return dir()
print(f())
print(dir(None)[:3], len(dir(1)) > 50, dir([]) == dir(list))

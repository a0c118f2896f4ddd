# Rich comparison reflection: __lt__ falls back to reflected __gt__, subclass priority.
class A:
    def __lt__(self, o):
        print("A.__lt__")
        return NotImplemented
    def __gt__(self, o):
        print("A.__gt__")
        return "A.gt"
class B(A):
    def __gt__(self, o):
        print("B.__gt__")
        return "B.gt"
print(A() < A())
print(A() < B())
class Only:
    def __eq__(self, o):
        print("Only.__eq__")
        return NotImplemented
print(Only() == Only(), Only() != 5)
try:
    A() <= A()
except TypeError as e:
    print(e)
class Ne:
    def __eq__(self, o): return True
print(Ne() != Ne())

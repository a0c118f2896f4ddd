# __class__ assignment between exception classes with compatible layouts.
class A(Exception):
    pass
class B(Exception):
    pass
class Slotted(Exception):
    __slots__ = ("x",)
e = A("msg")
e.__class__ = B
print(type(e).__name__, e.args, isinstance(e, B))
try:
    raise e
except B as caught:
    print("caught as B", caught)
try:
    e.__class__ = ValueError
except TypeError as err:
    print("TypeError", err)
try:
    e.__class__ = Slotted
except TypeError as err:
    print("TypeError", err)
class C(KeyError):
    pass
k = KeyError("k")
try:
    k.__class__ = C
except TypeError as err:
    print("TypeError", err)
c = C("c")
class D(KeyError):
    pass
c.__class__ = D
print(type(c).__name__, str(c))

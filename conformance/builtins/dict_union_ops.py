# dict | and |= (PEP 584): right operand wins, |= accepts pairs, errors for other types.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = {"x": 1, "y": 2}; b = {"y": 3, "z": 4}
print(a | b, b | a, a, b)
c = a; c |= b; print(c, a is c)
c |= [("w", 0)]; print(c)
c |= {}; print(c)
t(lambda: a | [("q", 1)])
t(lambda: a | 1)
t(lambda: [("q", 1)] | a)
def ior():
    global a
    a |= 5
t(ior)
def ior2():
    global a
    a |= [1]
t(ior2)
class D(dict):
    pass
r = D(p=1) | {"q": 2}; print(type(r).__name__, r)
r = {"q": 2} | D(p=1); print(type(r).__name__, r)
import collections
print(collections.OrderedDict(a=1) | {"b": 2}, type({"b": 2} | collections.OrderedDict(a=1)).__name__)
print({1: "a"} | {1.0: "b"}, {True: 0} | {1: 1})

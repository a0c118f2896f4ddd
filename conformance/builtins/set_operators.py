# set operators | & - ^ and their in-place forms, mixing set and frozenset, errors for other types.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = {1, 2, 3}; b = {3, 4}
print(a | b, a & b, a - b, b - a, a ^ b, a | set(), a & set(), set() - a)
fa = frozenset(a)
print(type(fa | b).__name__, type(b | fa).__name__, type(fa & b).__name__, type(a - fa).__name__, fa ^ b)
t(lambda: a | [1])
t(lambda: a & (1,))
t(lambda: a - "a")
t(lambda: [1] ^ a)
t(lambda: a + b)
t(lambda: a * 2)
c = a; c |= {9}; c &= {1, 9, 3}; c -= {3}; c ^= {1, 5}; print(c, c is a)
f = frozenset({1}); g = f; f |= {2}; print(f, g, f is g)
def ior():
    global a
    a |= [7]
t(ior)
def iand():
    global a
    a &= 1
t(iand)
x = {1, 2}; x |= x; print(x); x &= x; print(x); x ^= x; print(x)
y = {1, 2}; y -= y; print(y)
print({1, 2} | {2.0}, {True} | {1}, {0} & {False, 0.0})

# unpacking tuples and other iterables: starred targets and the ValueError texts for counts.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a, b = 1, 2; print(a, b)
a, *b = (1, 2, 3); print(a, b)
*a, b = "xyz"; print(a, b)
a, *b, c = range(2); print(a, b, c)
(a, b), c = (1, 2), 3; print(a, b, c)
def u1(): a, b = (1, 2, 3)
def u2(): a, b, c = (1, 2)
def u3(): a, b = 1
def u4(): a, *b, c = (1,)
def u5(): a, b = iter([1])
def u6(): a, b = {1: 2, 3: 4, 5: 6}
def u7(): a, = ()
for f in [u1, u2, u3, u4, u5, u6, u7]:
    t(f)
def g():
    yield 1
    yield 2
    yield 3
def u8(): a, b = g()
t(u8)
x, y = {"k": 1, "j": 2}; print(x, y)
print(*(1, 2), *[3], *"ab")
print([*range(3), *(4,)], (*"ab",), {*(1, 1, 2)})

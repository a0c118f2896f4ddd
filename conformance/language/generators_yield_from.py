# yield from: delegation of values, send, throw, return value.
def inner():
    x = yield 'i1'
    print("inner got", x)
    y = yield 'i2'
    print("inner got", y)
    return 'inner-result'

def outer():
    r = yield from inner()
    print("outer got result", r)
    yield 'o1'
    return 'outer-result'

g = outer()
print(next(g))
print(g.send('A'))
print(g.send('B'))
try:
    g.send('C')
except StopIteration as e:
    print("final", e.value)

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), {'k': 0})))

def sub():
    try:
        yield 1
        yield 2
    except ValueError:
        print("sub handled ValueError")
        yield 'recovered'
def delegator():
    yield from sub()
    yield 'after'
d = delegator()
print(next(d))
print(d.throw(ValueError))
print(next(d))

def closing_sub():
    try:
        yield 1
    finally:
        print("sub finally")
def deleg2():
    yield from closing_sub()
d2 = deleg2()
next(d2)
d2.close()

def gen_returning_stop():
    yield from iter([])
    return 5
print(list(gen_returning_stop()))

def deep(n):
    if n == 0:
        return 0
    v = yield from deep(n - 1)
    yield n
    return v + n
dg = deep(4)
print(list(dg))
def capture():
    r = yield from deep(3)
    yield ('total', r)
print(list(capture()))
try:
    def bad():
        yield from 5
    next(bad())
except TypeError as e:
    print(type(e).__name__, e)

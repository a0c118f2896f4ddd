# send(), throw(), close() and GeneratorExit rules.
def accumulator():
    total = 0
    while True:
        try:
            value = yield total
        except ValueError as e:
            print("caught in gen:", e)
            value = 0
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(acc.send(None))
print(acc.send(5))
print(acc.send(10))
print(acc.throw(ValueError("bad")))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)

fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print(type(e).__name__, e)

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closer()
next(c)
c.close()
c.close()
print(c.gi_frame)

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 'no!'
ig = ignores_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(next(ig, "finished after resuming"))

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
ce = catches_exit()
next(ce)
ce.close()

def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError('k'))
except KeyError as e:
    print("propagated", repr(e))
print(list(t))
unstarted = closer()
unstarted.close()
print("closed unstarted without cleanup")
g2 = closer(); next(g2)
try:
    g2.throw(IndexError)
except IndexError as e:
    print(type(e).__name__, repr(e))

# Generator-based coroutines: priming, pipelines of send(), and close propagation.
def coroutine(fn):
    def start(*a, **k):
        c = fn(*a, **k)
        next(c)
        return c
    return start
@coroutine
def printer(prefix):
    try:
        while True:
            item = yield
            print(prefix, item)
    except GeneratorExit:
        print(prefix, "closed")
@coroutine
def filter_even(target):
    try:
        while True:
            v = yield
            if v % 2 == 0:
                target.send(v)
    finally:
        target.close()
@coroutine
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
p = filter_even(printer("even:"))
for i in range(5):
    p.send(i)
p.close()
a = averager()
print([a.send(v) for v in [10, 20, 60]])

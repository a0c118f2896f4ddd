# conformance: native
# Condition: producer/consumer, wait_for, notify_all, timeouts, errors.
import threading

cond = threading.Condition()
items = []
consumed = []


def consumer():
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        consumed.extend(items)


t = threading.Thread(target=consumer)
t.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
t.join()
print(consumed)
ready = []
go = False


def waiter(n):
    with cond:
        ready.append(n)
        cond.notify_all()
        while not go:
            cond.wait()


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
with cond:
    cond.wait_for(lambda: len(ready) == 4)
    go = True
    cond.notify_all()
for t in ts:
    t.join()
print(sorted(ready))
with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: False, timeout=0.01), cond.wait_for(lambda: 5, timeout=0))
try:
    cond.wait()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError', e)
c2 = threading.Condition(threading.Lock())
with c2:
    print(c2.wait(timeout=0), repr(c2).startswith('<Condition('))

# conformance: native
# Event and Semaphore/BoundedSemaphore.
import threading

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
seen = []


def waiter():
    seen.append(ev.wait(5))


ts = [threading.Thread(target=waiter) for _ in range(3)]
for t in ts:
    t.start()
ev.set()
for t in ts:
    t.join()
print(seen, ev.is_set(), ev.wait())
ev.clear()
print(ev.is_set(), 'unset' in repr(ev))
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
print(sem.acquire(False), sem._value)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print('ValueError', e)
try:
    sem.acquire(False, 1)
except ValueError as e:
    print('ValueError', e)
try:
    sem.release(0)
except ValueError as e:
    print('ValueError', e)
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError', e)
active = 0
peak = 0
guard = threading.Lock()
limit = threading.Semaphore(2)


def limited():
    global active, peak
    with limit:
        with guard:
            active += 1
            peak = max(peak, active)
        ev2.wait(0.05)
        with guard:
            active -= 1


ev2 = threading.Event()
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(peak <= 2, active)

# conformance: native
# Lock and RLock: mutual exclusion across threads, timeouts, ownership errors.
import threading

lock = threading.Lock()
print(type(lock).__name__, lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError', e)
with lock:
    print('inside', lock.locked())
print(lock.locked())
try:
    lock.acquire(False, 1)
except ValueError as e:
    print('ValueError', e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print('ValueError', e)
counter = 0


def bump():
    global counter
    for _ in range(20000):
        with lock:
            counter += 1


ts = [threading.Thread(target=bump) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)
held = threading.Lock()
held.acquire()
released = []


def releaser():
    held.release()
    released.append(True)


t = threading.Thread(target=releaser)
t.start()
t.join()
print(released, held.locked())
r = threading.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release()
r.release()
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)
with r:
    with r:
        print('nested')
outcome = []


def other():
    outcome.append(r.acquire(blocking=False))
    try:
        r.release()
    except RuntimeError as e:
        outcome.append(str(e))


r.acquire()
t = threading.Thread(target=other)
t.start()
t.join()
r.release()
print(outcome)

# conformance: native
# Barrier and Timer.
import threading

barrier = threading.Barrier(3, action=lambda: order.append('action'))
order = []
indices = []
lock = threading.Lock()


def party():
    i = barrier.wait()
    with lock:
        indices.append(i)


ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices), order, barrier.parties, barrier.n_waiting, barrier.broken)
b2 = threading.Barrier(2)
try:
    b2.wait(timeout=0.05)
except threading.BrokenBarrierError:
    print('BrokenBarrierError', b2.broken)
b2.reset()
print(b2.broken)
b2.abort()
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print('BrokenBarrierError', repr(e))
fired = threading.Event()
timer = threading.Timer(0.01, fired.set)
timer.start()
print(fired.wait(5))
timer.join()
calls = []
t2 = threading.Timer(10, calls.append, args=[1])
t2.start()
t2.cancel()
t2.join()
print(calls, t2.finished.is_set())
t3 = threading.Timer(0, lambda a, b=0: calls.append(a + b), args=[1], kwargs={'b': 2})
t3.start()
t3.join()
print(calls)

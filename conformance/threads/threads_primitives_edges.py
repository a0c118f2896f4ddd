# conformance: native
# Edge cases of the threading primitives, queue and futures: timeouts, errors,
# reprs, Barrier reset/abort/broken action, excepthook args.
import io
import queue
import re
import sys
import threading
import time
from concurrent.futures import (ThreadPoolExecutor, Future, wait, as_completed,
                                FIRST_EXCEPTION, CancelledError, InvalidStateError,
                                BrokenExecutor)


def shown(obj):
    return re.sub(r' \d+\)', ' N)', re.sub(r'0x[0-9a-f]+', 'ADDR', repr(obj)))


def attempt(call):
    try:
        return call()
    except Exception as exc:
        return '%s(%s)' % (type(exc).__name__, exc)


def wait_until(test):
    while not test():
        time.sleep(0.005)


print('-- queue')
q = queue.Queue(2)
q.put('a')
q.put('b')
print(q.full(), q.qsize(), q.empty())
print(attempt(lambda: q.put('c', False)), attempt(lambda: q.put('c', timeout=0.02)))
print(attempt(lambda: q.put('c', timeout=-1)))
print(attempt(lambda: queue.Queue().put('c', timeout=-1)), attempt(lambda: queue.Queue(5).put('c', timeout=-1)))
print(attempt(lambda: q.get(timeout=-1)), q.get(), q.get_nowait(), attempt(q.get_nowait), attempt(lambda: q.get(timeout=0.02)))
q.task_done()
q.task_done()
print(attempt(q.task_done))
stack, heap = queue.LifoQueue(), queue.PriorityQueue()
for x in (3, 1, 2):
    stack.put(x)
    heap.put(x)
print([stack.get() for _ in range(3)], [heap.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put(5)
print(sq.qsize(), sq.empty(), sq.get(), sq.empty(), attempt(lambda: sq.get(timeout=0.01)))
print(attempt(lambda: sq.get(timeout=-1)), queue.Queue[int])

print('-- condition, semaphore, event')
cond = threading.Condition(threading.Lock())
print(shown(cond), attempt(cond.wait), attempt(cond.notify))
with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: 0, 0.02), cond.wait(0))
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(False), sem.acquire(timeout=0.01), shown(sem))
print(attempt(lambda: sem.acquire(False, 1)), attempt(lambda: sem.release(0)))
sem.release(2)
print(shown(sem), attempt(lambda: threading.Semaphore(-1)))
bounded = threading.BoundedSemaphore(1)
print(attempt(bounded.release), shown(bounded))
event = threading.Event()
print(shown(event), event.wait(0.01))

print('-- barrier')
bar = threading.Barrier(2, timeout=0.03)
print(attempt(bar.wait), bar.broken, shown(bar), attempt(bar.wait))
bar.reset()
print(bar.broken, shown(bar))
outcome = []


def arrive():
    try:
        outcome.append(bar.wait())
    except threading.BrokenBarrierError:
        outcome.append('broken')


for ending in ('reset', 'abort'):
    bar = threading.Barrier(2)
    waiter = threading.Thread(target=arrive)
    waiter.start()
    wait_until(lambda: bar.n_waiting == 1)
    print(shown(bar))
    getattr(bar, ending)()
    waiter.join()
    print(ending, outcome, bar.broken)
bar = threading.Barrier(2, action=lambda: 1 / 0)
waiter = threading.Thread(target=arrive)
waiter.start()
wait_until(lambda: bar.n_waiting == 1)
print(attempt(bar.wait))
waiter.join()
print(outcome, bar.broken)
bar = threading.Barrier(3)
outcome.clear()
for _ in range(2):
    group = [threading.Thread(target=arrive) for _ in range(3)]
    for t in group:
        t.start()
    for t in group:
        t.join()
print(sorted(outcome))

print('-- threads')
t = threading.Thread(target=print, args=('ran',), name=7)
print(shown(t), t.name, t.ident, t.is_alive(), attempt(t.join))
t.start()
t.join()
print(shown(t), t.is_alive(), attempt(t.start))
print(attempt(lambda: setattr(t, 'daemon', True)), attempt(threading.current_thread().join))
sleeper = threading.Thread(target=time.sleep, args=(0.2,), daemon=True)
sleeper.start()
sleeper.join(0.01)
print(shown(sleeper), sleeper.is_alive())
sleeper.join(-1)
sleeper.join()
print(sleeper.is_alive(), shown(threading.main_thread()), threading.active_count())
seen = []
threading.excepthook = lambda args: seen.append((type(args).__name__, len(args),
                                                 args.exc_type.__name__, str(args.exc_value),
                                                 args.thread.name))
t = threading.Thread(target=lambda: 1 / 0, name='failing')
t.start()
t.join()
threading.excepthook = threading.__excepthook__
print(seen)
print(shown(threading.ExceptHookArgs((ValueError, None, None, None))))
timer = threading.Timer(30, print, ['never'])
timer.start()
timer.cancel()
timer.join()
print('timer cancelled', timer.finished.is_set(), attempt(lambda: threading.stack_size(100)))

print('-- futures')
f = Future()
print(shown(f), f.set_running_or_notify_cancel(), shown(f), f.cancel())
f.set_result([1])
print(shown(f), f.result(), f.exception(), attempt(lambda: f.set_result(2)).split(':')[0])
f = Future()
f.set_exception(KeyError('k'))
print(shown(f), attempt(f.result))
f = Future()
print(f.cancel(), f.cancelled(), shown(f), f.set_running_or_notify_cancel(),
      attempt(f.result), attempt(f.exception))
print(attempt(lambda: Future().result(timeout=0.01)))
f = Future()
f.add_done_callback(lambda fut: print('callback', fut.result()))
f.set_result(3)
f.add_done_callback(lambda fut: print('late callback', fut.result()))
with ThreadPoolExecutor(max_workers=2, thread_name_prefix='pool') as ex:
    print(list(ex.map(pow, [2, 3], [5, 2])))
    fs = [ex.submit(lambda: 1 / 0), ex.submit(time.sleep, 0.3)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done))
    print(sorted(x.result() for x in as_completed([ex.submit(abs, -i) for i in range(4)])))
    print(attempt(lambda: list(as_completed([ex.submit(time.sleep, 0.3)], timeout=0.02))))
print(attempt(lambda: ex.submit(print)), attempt(lambda: ThreadPoolExecutor(0)),
      attempt(lambda: ThreadPoolExecutor(initializer=1)))
ex = ThreadPoolExecutor(1)
gate = threading.Event()
first = ex.submit(gate.wait)
wait_until(first.running)
rest = [ex.submit(print, 'never') for _ in range(3)]
ex.shutdown(wait=False, cancel_futures=True)
gate.set()
ex.shutdown()
print([x.cancelled() for x in rest], first.result())
threading.excepthook = lambda args: None


def refuse():
    raise OSError('no')


ex = ThreadPoolExecutor(1, initializer=refuse)
saved, sys.stderr = sys.stderr, io.StringIO()
try:
    print(attempt(ex.submit(print).result))
    print(attempt(lambda: ex.submit(print)))
finally:
    ex.shutdown()
    captured, sys.stderr = sys.stderr.getvalue(), saved
print(captured.splitlines()[0])

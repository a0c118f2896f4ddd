# conformance: native
# Futures by hand: states, cancel, set_result/set_exception, executor misuse.
import concurrent.futures as cf

f = cf.Future()
print(f.done(), f.running(), f.cancelled(), 'state=pending' in repr(f))
print(f.cancel(), f.cancelled(), f.done(), 'state=cancelled' in repr(f))
try:
    f.result()
except cf.CancelledError as e:
    print('CancelledError', repr(e))
try:
    f.exception()
except cf.CancelledError:
    print('CancelledError from exception()')
g = cf.Future()
print(g.set_running_or_notify_cancel(), g.running(), g.cancel())
g.set_result([1, 2])
print(g.result(), 'returned list' in repr(g))
try:
    g.set_result(3)
except cf.InvalidStateError as e:
    print('InvalidStateError')
h = cf.Future()
h.set_exception(KeyError('k'))
print(repr(h.exception()), 'raised KeyError' in repr(h))
try:
    h.result()
except KeyError as e:
    print('KeyError', e)
pool = cf.ThreadPoolExecutor(max_workers=1)
pool.shutdown()
try:
    pool.submit(print)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print('ValueError', e)
try:
    cf.ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print('TypeError', e)
with cf.ThreadPoolExecutor(max_workers=1) as p:
    import threading
    gate = threading.Event()
    blocker = p.submit(gate.wait, 10)
    while not blocker.running():
        gate.wait(0.001)
    queued = [p.submit(print, 'never') for _ in range(3)]
    p.shutdown(wait=False, cancel_futures=True)
    gate.set()
print(blocker.result(), [q.cancelled() for q in queued])
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED, cf.TimeoutError is TimeoutError)
print(issubclass(cf.CancelledError, Exception), issubclass(cf.BrokenExecutor, RuntimeError))

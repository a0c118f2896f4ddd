# conformance: native
# The low-level _thread module.
import _thread
import time

lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType, lock.locked(), lock.acquire(), lock.locked())
done = _thread.allocate_lock()
done.acquire()
out = []


def run(a, b, c=0):
    out.append((a, b, c, isinstance(_thread.get_ident(), int)))
    done.release()


ident = _thread.start_new_thread(run, (1, 2), {'c': 3})
done.acquire()
print(out, isinstance(ident, int))
lock.release()
for bad in [lambda: _thread.start_new_thread(5, ()), lambda: _thread.start_new_thread(run, [1]),
            lambda: _thread.start_new_thread(run, (1,), 5)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._recursion_count())
r.release()
r.release()
print(r._recursion_count(), _thread.error is RuntimeError, _thread.TIMEOUT_MAX > 1e6)
print(lock.acquire(timeout=0.01), lock.acquire(timeout=0.01))

# conformance: native
# conformance: launcher
# Objects shared with child processes: Value with its lock, Array, Event, Lock, and a
# Manager's dict, list and Namespace.
import multiprocessing as mp


def add(counter, times):
    for _ in range(times):
        with counter.get_lock():
            counter.value += 1


def record(d, items, ns, arr, done, key):
    d[key] = key * 2
    items.append(key)
    ns.total = ns.total + key
    arr[key] = key * 10
    done.set()


def child(counter, d, items, ns, arr, done):
    add(counter, 40)
    record(d, items, ns, arr, done, 3)


if __name__ == '__main__':
    print(mp.Value('d', 1.5).value, mp.Value('i').value, mp.RawValue('i', 3).value)
    counter = mp.Value('i', 0)
    with mp.Manager() as manager:
        d = manager.dict({0: 'start'})
        items = manager.list([0])
        ns = manager.Namespace(total=1)
        arr = mp.Array('i', 4)
        done = mp.Event()
        print(done.is_set(), arr[:], len(arr))
        p = mp.Process(target=child, args=(counter, d, items, ns, arr, done))
        p.start()
        add(counter, 40)
        p.join()
        print(counter.value, counter)
        print(sorted(d.items()), items[:], ns.total, arr[:], done.is_set(), p.exitcode)
        print(d[0], 3 in d, len(d), d.get('missing', 'none'), sorted(d.keys()))
        items.extend([7, 8])
        items += [9]
        print(list(items), len(items), items[-1], items.count(0))
        ns.extra = 'x'
        print(ns.extra, ns.total)
    lock = mp.Lock()
    print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.1))
    lock.release()
    try:
        lock.release()
    except ValueError as e:
        print('ValueError', e)
    with lock:
        print('held')
    rlock = mp.RLock()
    print(rlock.acquire(), rlock.acquire())
    rlock.release()
    rlock.release()
    sem = mp.Semaphore(2)
    print(sem.acquire(), sem.acquire(), sem.acquire(False), sem.get_value())
    bounded = mp.BoundedSemaphore(1)
    try:
        bounded.release()
    except ValueError as e:
        print('ValueError', e)
    ev = mp.Event()
    print(ev.wait(0.1), ev.is_set())
    ev.set()
    print(ev.wait(), ev.is_set())
    ev.clear()
    print(ev.is_set())

# conformance: native
# concurrent.futures.ThreadPoolExecutor: submit, map, as_completed, wait, exceptions.
import concurrent.futures as cf
import threading

with cf.ThreadPoolExecutor(max_workers=3) as pool:
    fs = [pool.submit(pow, 2, i) for i in range(10)]
    print([f.result() for f in fs])
    print(sorted(f.result() for f in cf.as_completed(fs)))
    print(list(pool.map(lambda a, b: a + b, range(5), range(10, 15))))
    bad = pool.submit(int, 'x')
    print(type(bad.exception()).__name__, bad.done(), bad.cancelled(), bad.running())
    try:
        bad.result()
    except ValueError as e:
        print('ValueError', e)
    done, not_done = cf.wait(fs, return_when=cf.ALL_COMPLETED)
    print(len(done), len(not_done))
    gate = threading.Event()
    slow = pool.submit(gate.wait, 10)
    quick = pool.submit(lambda: 'quick')
    done, not_done = cf.wait([slow, quick], return_when=cf.FIRST_COMPLETED)
    print([f.result() for f in done], len(not_done))
    done, not_done = cf.wait([slow], timeout=0.01)
    print(len(done), len(not_done))
    try:
        list(cf.as_completed([slow], timeout=0.01))
    except cf.TimeoutError as e:
        print('TimeoutError', e)
    try:
        slow.result(timeout=0.01)
    except TimeoutError:
        print('TimeoutError from result')
    gate.set()
    print(slow.result())
    failing = [pool.submit(lambda: 1), pool.submit(lambda: 1 / 0)]
    done, not_done = cf.wait(failing, return_when=cf.FIRST_EXCEPTION)
    print(any(f.exception() for f in done))
    calls = []
    f = pool.submit(lambda: 42)
    f.result()
    f.add_done_callback(lambda fut: calls.append(fut.result()))
    print(calls)
    try:
        list(pool.map(lambda x: 10 // x, [1, 0, 2]))
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
names = set()
with cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix='pool') as pool:
    for name in pool.map(lambda _: threading.current_thread().name, range(10)):
        names.add(name.rsplit('_', 1)[0])
print(names)
with cf.ThreadPoolExecutor(1, initializer=lambda x: init.append(x), initargs=(5,)) as pool:
    init = []
    print(pool.submit(lambda: init).result())

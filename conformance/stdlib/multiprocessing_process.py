# conformance: native
# conformance: launcher
# multiprocessing.Process with a shared Queue, exit codes, names, and the module's basics.
import multiprocessing as mp
import os
import sys


def produce(q, n):
    me = mp.current_process()
    print('child', me.name, me.name == mp.current_process().name, flush=True)
    for i in range(n):
        q.put({'i': i, 'square': i * i})
    q.put(None)


def leave(code):
    sys.exit(code)


if __name__ == '__main__':
    print(mp.cpu_count() == os.cpu_count(), mp.current_process().name)
    print(mp.parent_process(), mp.active_children())
    q = mp.Queue()
    p = mp.Process(target=produce, args=(q, 3))
    print(p.name.startswith('Process-'), p.exitcode, p.is_alive(), p.daemon)
    p.start()
    items = []
    while (item := q.get(timeout=60)) is not None:
        items.append(item)
    p.join()
    print(items)
    print(p.exitcode, p.is_alive(), p.pid != os.getpid())
    try:
        p.start()
    except AssertionError as e:
        print('AssertionError', e)
    p2 = mp.Process(target=leave, args=(7,), name='leaver')
    p2.start()
    p2.join(60)
    print(p2.name, p2.exitcode)
    q2 = mp.Queue()
    q2.put([1, 2])
    q2.put('x')
    print(q2.get(), q2.get(), q2.empty())
    try:
        q2.get(timeout=0.1)
    except Exception as e:
        print(type(e).__name__, type(e) is __import__('queue').Empty)
    try:
        q2.get_nowait()
    except Exception as e:
        print(type(e).__name__)
    print(issubclass(mp.TimeoutError, mp.ProcessError), mp.TimeoutError.__module__)
    print(mp.get_start_method() in mp.get_all_start_methods())

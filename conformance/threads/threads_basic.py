# conformance: native
# Thread start/join, names, idents, daemon flag, is_alive, run() overriding.
import threading

results = []
lock = threading.Lock()


def work(n, scale=1):
    with lock:
        results.append(n * scale)


threads = [threading.Thread(target=work, args=(i,), kwargs={'scale': 10}, name='w%d' % i) for i in range(5)]
print([t.name for t in threads], [t.is_alive() for t in threads], threads[0].ident)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), all(t.ident is not None for t in threads), [t.is_alive() for t in threads])
print(len({t.ident for t in threads}) >= 1, threads[0].daemon, threading.current_thread().daemon)


class Worker(threading.Thread):
    def __init__(self, value):
        super().__init__(daemon=True)
        self.value = value
        self.out = None

    def run(self):
        self.out = self.value ** 2


w = Worker(7)
print(w.daemon, w.name.startswith('Thread-'))
w.start()
w.join()
print(w.out)
t = threading.Thread(target=lambda: None)
print(t.name.endswith('(<lambda>)'), repr(t).startswith('<Thread(') and 'initial' in repr(t))
t.start()
t.join()
print('stopped' in repr(t))
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError', e)
u = threading.Thread(target=lambda: None)
u.daemon = True
print(u.daemon)
u.start()
try:
    u.daemon = False
except RuntimeError as e:
    print('RuntimeError', e)
u.join(timeout=5)
print(u.is_alive())

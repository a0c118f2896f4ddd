# conformance: native
# threading.local: per-thread attributes; subclasses run __init__ in each thread.
import threading

data = threading.local()
data.value = 'main'
out = {}


def worker(n):
    print_missing = not hasattr(data, 'value')
    data.value = n
    out[n] = (print_missing, data.value)


ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out.items()), data.value)


class Counter(threading.local):
    def __init__(self, start):
        self.count = start

    def bump(self):
        self.count += 1
        return self.count


c = Counter(10)
c.bump()
res = []


def use():
    res.append(c.bump())


t = threading.Thread(target=use)
t.start()
t.join()
print(c.count, res, isinstance(c, threading.local))
try:
    threading.local(1)
except TypeError as e:
    print('TypeError', e)
del data.value
print(hasattr(data, 'value'))
try:
    data.missing
except AttributeError as e:
    print('AttributeError')

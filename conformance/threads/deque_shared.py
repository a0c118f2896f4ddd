# conformance: native
# Four threads drain one deque with popleft while two others append: every item is taken once.
import threading
from collections import deque

N = 20000
d = deque(range(N))
taken = [[] for _ in range(4)]
done = threading.Event()


def drain(out):
    while True:
        try:
            out.append(d.popleft())
        except IndexError:
            if done.is_set() and not d:
                return


def feed(start):
    for i in range(start, start + N):
        d.append(i)


feeders = [threading.Thread(target=feed, args=(N * (k + 1),)) for k in range(2)]
drainers = [threading.Thread(target=drain, args=(taken[k],)) for k in range(4)]
for t in feeders + drainers:
    t.start()
for t in feeders:
    t.join()
done.set()
for t in drainers:
    t.join()
everything = sorted(x for part in taken for x in part)
print(len(everything), everything == list(range(3 * N)), len(d))

bounded = deque(maxlen=100)
workers = [threading.Thread(target=lambda: [bounded.append(i) for i in range(10000)]) for _ in range(4)]
for t in workers:
    t.start()
for t in workers:
    t.join()
print(len(bounded), bounded.maxlen)

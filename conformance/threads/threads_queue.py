# conformance: native
# queue: Queue with worker threads, task_done/join, Empty/Full, Lifo/Priority/Simple queues.
import queue
import threading

q = queue.Queue()
results = []
lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            results.append(item * 2)
        q.task_done()


ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
for i in range(20):
    q.put(i)
q.join()
print(sorted(results) == [i * 2 for i in range(20)], q.empty(), q.qsize())
for _ in ts:
    q.put(None)
for t in ts:
    t.join()
small = queue.Queue(maxsize=2)
small.put(1)
small.put_nowait(2)
print(small.full(), small.qsize())
try:
    small.put(3, block=False)
except queue.Full:
    print('Full')
try:
    small.put(3, timeout=0.01)
except queue.Full:
    print('Full after timeout')
print(small.get(), small.get_nowait())
try:
    small.get_nowait()
except queue.Empty:
    print('Empty')
try:
    small.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
try:
    small.task_done()
    small.task_done()
    small.task_done()
except ValueError as e:
    print('ValueError', e)
lifo = queue.LifoQueue()
for i in range(3):
    lifo.put(i)
print([lifo.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
    pq.put(item)
print([pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put('x')
sq.put('y')
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print('Empty')
try:
    queue.Queue().get(timeout=-1)
except ValueError as e:
    print('ValueError', e)
print(queue.Queue[int])

# conformance: native
# list operations from several threads at once: no item is lost and no internal error escapes.
import threading
lst = []
def worker(k):
    for i in range(2000):
        lst.append((k, i))
        if i % 3 == 0:
            try:
                lst.pop()
            except IndexError:
                pass
threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(lst), len(set(lst)) == len(lst))
shared = list(range(1000))
errors = []
def reader():
    try:
        for _ in range(50):
            for x in shared:
                pass
            shared[:] = shared[::-1]
            sorted(shared)
    except Exception as e:
        errors.append(type(e).__name__)
threads = [threading.Thread(target=reader) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(shared) == list(range(1000)), errors)

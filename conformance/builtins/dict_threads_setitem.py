# conformance: native
# dict and set updates from several threads: every key arrives, and iteration during change raises only RuntimeError.
import threading
d = {}
s = set()
def writer(k):
    for i in range(3000):
        d[(k, i)] = i
        s.add((k, i))
        if i % 2:
            d.pop((k, i - 1), None)
            s.discard((k, i - 1))
threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(d), len(s), all(v % 2 for v in d.values()))
seen = set()
stop = False
def mutate():
    n = 0
    while not stop:
        d[("m", n)] = n
        d.pop(("m", n - 5), None)
        n += 1
m = threading.Thread(target=mutate)
m.start()
for _ in range(200):
    try:
        for k in d:
            pass
    except RuntimeError as e:
        seen.add(str(e))
stop = True
m.join()
print(seen <= {"dictionary changed size during iteration", "dictionary keys changed during iteration"})

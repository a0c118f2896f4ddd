# conformance: native
# Builtin containers shared between threads stay consistent: appends, dict and set updates.
import threading

shared_list = []
shared_dict = {}
shared_set = set()


def fill(base):
    for i in range(5000):
        shared_list.append(base + i)
        shared_dict[base + i] = i
        shared_set.add(base + i)


ts = [threading.Thread(target=fill, args=(k * 100000,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared_list), len(shared_dict), len(shared_set), sum(shared_dict.values()))
print(sorted(shared_list) == sorted(shared_set))

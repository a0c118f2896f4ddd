import heapq

def attempt(f, *args):
    try:
        print(f.__name__, f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

for f in (heapq.heappush, heapq.heapreplace, heapq.heappushpop):
    attempt(f, (1, 2), 3)
for f in (heapq.heappop, heapq.heapify):
    attempt(f, "abc")
attempt(heapq.heappop, [])
attempt(heapq.heapreplace, [], 1)
attempt(heapq.heappushpop, [], 1)
h = [9, 4, 7, 1, 8, 2]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heappushpop(h, 5), h)
print(heapq.heapreplace(h, 10), h)
m = [3, 9, 1, 7]
heapq._heapify_max(m)
print(m, heapq._heappop_max(m), heapq._heapreplace_max(m, 0), m)

class Evil:
    def __init__(self, heap, value):
        self.heap, self.value = heap, value
    def __lt__(self, other):
        self.heap.clear()
        return self.value < other.value

victim = []
victim.extend([Evil(victim, 1), Evil(victim, 2)])
attempt(heapq.heappush, victim, Evil(victim, 0))
victim = []
victim.extend([Evil(victim, v) for v in (5, 1, 4, 2)])
attempt(heapq.heapify, victim)
data = [(5, 'e'), (1, 'a'), (3, 'c'), (1, 'b')]
heapq.heapify(data)
print([heapq.heappop(data) for _ in range(len(data))])
print(heapq.nsmallest(3, [7, 2, 9, 4, 1]), heapq.nlargest(2, "hello"), list(heapq.merge([1, 4], [2, 3], reverse=False)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))

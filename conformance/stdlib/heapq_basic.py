# heapq: the sift order CPython uses, so heaps hold their items in the same places.
import heapq

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
heap = []
for x in [5, 2, 8, 2, 9, 1, 1, 7]:
    heapq.heappush(heap, x)
    print(heap)
print([heapq.heappop(heap) for _ in range(len(heap))])
h = [3, 5, 4]
print(heapq.heapreplace(h, 9), h, heapq.heappushpop(h, 1), h, heapq.heappushpop(h, 6), h)
print(heapq.heappushpop([], 3))
for bad in ([], ()):
    for name in ('heappop', 'heapify'):
        try:
            getattr(heapq, name)(bad)
        except (IndexError, TypeError) as e:
            print(name, type(e).__name__, e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print("TypeError", e)
try:
    heapq.heappush([1], 'a')
except TypeError as e:
    print("TypeError", e)

# Ties: the same item objects come out in the same order.
pairs = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd'), (2, 'e')]
h = []
for p in pairs:
    heapq.heappush(h, p)
print(h)

print(heapq.nsmallest(3, [5, 1, 4, 1, 5, 9, 2, 6]), heapq.nlargest(3, [5, 1, 4, 1, 5, 9, 2, 6]))
print(heapq.nsmallest(2, iter([3, 1, 2])), heapq.nlargest(2, iter([3, 1, 2])))
print(heapq.nsmallest(1, []), heapq.nlargest(1, [4, 7]), heapq.nsmallest(0, [1]), heapq.nlargest(-1, [1]))
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(3, iter(words), key=len), heapq.nlargest(3, iter(words), key=len))
print(heapq.nsmallest(10, words, key=len))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])))
print(list(heapq.merge([5, 3, 1], [6, 4, 2], reverse=True)))
print(list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
print(list(heapq.merge([(1, 'x')], [(1, 'y')], [(0, 'z')])), list(heapq.merge()), list(heapq.merge([], [1])))
print(sorted(heapq.__all__))


class Task:
    def __init__(self, p, name):
        self.p, self.name = p, name

    def __lt__(self, other):
        return self.p < other.p

    def __repr__(self):
        return self.name


h = []
for t in [Task(2, 'b'), Task(1, 'a'), Task(2, 'c'), Task(0, 'z')]:
    heapq.heappush(h, t)
print(h, [heapq.heappop(h) for _ in range(4)])

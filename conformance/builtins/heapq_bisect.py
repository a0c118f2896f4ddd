# heapq and bisect.
import heapq, bisect
h = []
for v in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h)
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
data = [9, 4, 7, 1, 8]
heapq.heapify(data); print(data)
print([heapq.heappop(data) for _ in range(len(data))])
print(heapq.nlargest(3, [1, 8, 3, 9, 2]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), list(heapq.merge([1, 4, 7], [2, 5], [3])))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (2, "test"))
print([heapq.heappop(tasks) for _ in range(3)])
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 100))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect(a, 4, lo=1, hi=3))
try:
    bisect.bisect(a, 1, lo=-1)
except ValueError as e:
    print(type(e).__name__, e)
print(heapq.nlargest(0, [1]), heapq.nsmallest(5, [3, 1]), list(heapq.merge([3, 1], [2], reverse=True)))

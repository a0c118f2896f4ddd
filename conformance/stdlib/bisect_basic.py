import bisect

a = [1, 2, 2, 2, 5, 8]
print([bisect.bisect_left(a, x) for x in (0, 2, 3, 8, 9)], [bisect.bisect_right(a, x) for x in (0, 2, 3, 8, 9)])
print(bisect.bisect(a, 2), bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 0, 2), bisect.bisect_right(a, 5, hi=4))
b = []
for x in (5, 1, 4, 1, 3):
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 0, lo=0)
print(b)
recs = [('a', 1), ('b', 3), ('c', 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('z', 5), key=lambda r: r[1])
print(recs)
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in (33, 99, 77, 70, 89, 90, 100)])
for bad in (lambda: bisect.bisect(a, 1, -1), lambda: bisect.bisect([1, 'x'], 2), lambda: bisect.insort(None, 1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(bisect.__all__) if hasattr(bisect, '__all__') else None)

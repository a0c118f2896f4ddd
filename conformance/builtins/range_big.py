# ranges beyond the machine word: len overflow, indexing, containment and slicing of huge ranges.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
big = range(10**30)
print(big[-1], big[10**29], 10**29 in big, -1 in big, big[::10**29], big[5:8], big.index(10**20), big.count(3))
t(lambda: len(big))
print(len(range(10**30, 10**30 + 3)))
r = range(-10**25, 10**25, 10**24)
print(len(r), r[3], r[-1], list(r[:3]), r[::-5], 0 in r, 10**24 + 1 in r)
t(lambda: big[10**30])
t(lambda: big[-10**30 - 1])
print(range(2**64, 2**64 + 5)[2], list(range(2**64, 2**64 + 2)), range(2**70).stop)
print(list(reversed(range(2**64, 2**64 + 3))), iter(range(2**65, 2**65 + 1)).__next__())
print(hash(range(2**70)) == hash(range(2**70)), range(2**70) == range(0, 2**70, 1))
print(range(2**100)[2**99:2**99 + 3], list(range(2**100)[2**99:2**99 + 3]))

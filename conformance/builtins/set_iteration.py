# iterating sets: changing size during iteration, length hints, iterator types.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = {1, 2, 3}
it = iter(s); print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
def grow():
    for x in s:
        s.add(x + 10)
t(grow)
s = {1, 2, 3}
def shrink():
    for x in s:
        s.discard(x)
t(shrink)
s = {1, 2, 3}
it = iter(s); next(it); s.add(99)
t(lambda: next(it))
t(lambda: next(it))
f = frozenset(range(5)); print(sorted(f), sum(f), max(f), len(list(iter(f))))
print(list(iter(set())), type(iter(frozenset())).__name__)
s = {1, 2}
it = iter(s); s.remove(1); s.add(5)
t(lambda: list(it))

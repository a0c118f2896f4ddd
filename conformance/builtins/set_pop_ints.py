# set.pop and iteration order of small ints (hash order), and pop until empty with KeyError at the end.
s = {5, 3, 1, 4, 2}
out = []
while s:
    out.append(s.pop())
print(out)
try:
    s.pop()
except KeyError as e:
    print("KeyError", e)
print(list({10, 1, 7}), list(frozenset([3, 2, 1])), sorted({-1, -5, 3}))
t = set(range(20)); t.discard(0); print(t.pop(), len(t))

# gc.is_tracked for atoms and containers, gc.is_finalized, gc.get_referents.
import gc
class C:
    pass
for obj in [1, 1.5, 'text', b'bytes', None, True, 3j, [], [1], {}, {'a': 1}, {'a': []}, set(), C(), C, len]:
    print(type(obj).__name__, gc.is_tracked(obj))
print(gc.is_finalized(C()))
print(gc.get_referents([1, 'a']), sorted(gc.get_referents({'k': 'v'})), gc.get_referents((1, 2)))
print(gc.get_referents(1), gc.get_referents('s'))
c = C()
c.attr = 'value'
print([type(r).__name__ for r in gc.get_referents(c)])
print(gc.get_referents([1], [2]))

# Argument and type errors from dict, set and list methods.
calls = [
    lambda: {}.get(),
    lambda: {}.get(1, 2, 3),
    lambda: {}.pop(),
    lambda: {}.setdefault(),
    lambda: {}.update(1, 2),
    lambda: {}.update([1]),
    lambda: {}.update([(1, 2, 3)]),
    lambda: {}.fromkeys(1),
    lambda: {}.items(1),
    lambda: {}.copy(1),
    lambda: {}.popitem(1),
    lambda: {[]: 1},
    lambda: {}.get([]),
    lambda: [] in {},
    lambda: set().add([]),
    lambda: set().update(1),
    lambda: set().union(1),
    lambda: set().issubset(1),
    lambda: set().remove([]),
    lambda: set().discard([]),
    lambda: [].sort(key=1),
    lambda: [].sort(1),
    lambda: [].count(),
    lambda: [].insert("0", 1),
    lambda: [].pop("0"),
    lambda: [].extend(None),
    lambda: [1].remove(),
    lambda: [].__setitem__(0, 1),
    lambda: {}.__getitem__(),
    lambda: dict.fromkeys([[]]),
]
for c in calls:
    try:
        print(repr(c()))
    except (TypeError, ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)

"""Heap queue algorithm (a.k.a. priority queue).

Sanca's own implementation of the heapq module: a heap is a list for which
a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for every k.  The sift order is the one
CPython documents, so heaps built by Sanca hold their items in the same places.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


# The heap operations are native (_heapq), as CPython's are C.
from _heapq import (heappush, heappop, heapreplace, heappushpop, heapify, _heapify_max,
                    _heappop_max, _heapreplace_max)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Equal items come from the earlier input first.
    """
    if reverse:
        make_heap, replace, pop, step = _heapify_max, _heapreplace_max, _heappop_max, -1
    else:
        make_heap, replace, pop, step = heapify, heapreplace, heappop, 1
    entries = []
    for number, iterable in enumerate(iterables):
        iterator = iter(iterable)
        for value in iterator:
            rank = key(value) if key is not None else value
            entries.append([rank, number * step, value, iterator])
            break
    make_heap(entries)
    while len(entries) > 1:
        while True:
            entry = entries[0]
            yield entry[2]
            for value in entry[3]:
                entry[0] = key(value) if key is not None else value
                entry[2] = value
                replace(entries, entry)
                break
            else:
                pop(entries)
                break
    if entries:
        rank, number, value, iterator = entries[0]
        yield value
        yield from iterator


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        missing = object()
        found = min(iter(iterable), default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    iterator = iter(iterable)
    if key is None:
        kept = [(value, order) for order, value in zip(range(n), iterator)]
        if not kept:
            return kept
        _heapify_max(kept)
        worst = kept[0][0]
        order = n
        for value in iterator:
            if value < worst:
                _heapreplace_max(kept, (value, order))
                worst = kept[0][0]
                order += 1
        kept.sort()
        return [entry[0] for entry in kept]
    kept = [(key(value), order, value) for order, value in zip(range(n), iterator)]
    if not kept:
        return kept
    _heapify_max(kept)
    worst = kept[0][0]
    order = n
    for value in iterator:
        rank = key(value)
        if rank < worst:
            _heapreplace_max(kept, (rank, order, value))
            worst = kept[0][0]
            order += 1
    kept.sort()
    return [entry[2] for entry in kept]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        missing = object()
        found = max(iter(iterable), default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    iterator = iter(iterable)
    if key is None:
        kept = [(value, order) for order, value in zip(range(0, -n, -1), iterator)]
        if not kept:
            return kept
        heapify(kept)
        best = kept[0][0]
        order = -n
        for value in iterator:
            if best < value:
                heapreplace(kept, (value, order))
                best = kept[0][0]
                order -= 1
        kept.sort(reverse=True)
        return [entry[0] for entry in kept]
    kept = [(key(value), order, value) for order, value in zip(range(0, -n, -1), iterator)]
    if not kept:
        return kept
    heapify(kept)
    best = kept[0][0]
    order = -n
    for value in iterator:
        rank = key(value)
        if best < rank:
            heapreplace(kept, (rank, order, value))
            best = kept[0][0]
            order -= 1
    kept.sort(reverse=True)
    return [entry[2] for entry in kept]

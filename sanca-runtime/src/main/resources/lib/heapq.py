"""Heaps kept in plain lists, the usual way to build a priority queue.

Sanca's own implementation of the heapq module: a heap is a list for which
a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for every k.  The sift order is the one
CPython documents, so heaps built by Sanca hold their items in the same places.
"""

__all__ = [
    'heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest',
    'heappushpop',
]


# The heap operations are native (_heapq), as CPython's are C.
from _heapq import (heappush, heappop, heapreplace, heappushpop, heapify, _heapify_max,
                    _heappop_max, _heapreplace_max)


def merge(*iterables, key=None, reverse=False):
    """Yields the items of already sorted iterables in one sorted stream, lazily.

    Among equal items, those of an earlier iterable come first.
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


def _length_or_none(iterable):
    try:
        return len(iterable)
    except (TypeError, AttributeError):
        return None


def _select(n, iterable, key, largest):
    """The n items that sort first (last when largest), stable among equal keys.

    A bounded heap holds the candidates: for the smallest it is a max-heap whose top is
    the worst kept item, for the largest a min-heap. Each entry carries a running order
    number, so equal keys never compare the items themselves and the earlier item wins.
    """
    if n == 1:
        nothing = object()
        pick = max if largest else min
        found = pick(iter(iterable), default=nothing, key=key)
        return [] if found is nothing else [found]
    size = _length_or_none(iterable)
    if size is not None and n >= size:
        return sorted(iterable, key=key, reverse=largest)[:n]
    if largest:
        build, swap, step = heapify, heapreplace, -1
    else:
        build, swap, step = _heapify_max, _heapreplace_max, 1
    source = iter(iterable)
    kept = []
    for order, value in zip(range(0, step * n, step), source):
        kept.append((value if key is None else key(value), order, value))
    if not kept:
        return kept
    build(kept)
    edge = kept[0][0]
    order = step * n
    for value in source:
        rank = value if key is None else key(value)
        if (edge < rank) if largest else (rank < edge):
            swap(kept, (rank, order, value))
            edge = kept[0][0]
            order += step
    kept.sort(reverse=largest)
    return [entry[2] for entry in kept]


def nsmallest(n, iterable, key=None):
    """A list of the n smallest items of iterable, as sorted(iterable, key=key)[:n] gives."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """A list of the n largest items, as sorted(iterable, key=key, reverse=True)[:n] gives."""
    return _select(n, iterable, key, True)

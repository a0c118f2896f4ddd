"""Heap queue algorithm (a.k.a. priority queue).

Sanca's own implementation of the heapq module: a heap is a list for which
a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for every k.  The sift order is the one
CPython documents, so heaps built by Sanca hold their items in the same places.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(name, heap, position='argument 1'):
    if not isinstance(heap, list):
        raise TypeError(f"{name}() {position} must be list, not {type(heap).__name__}")


def _less(heap, a, b):
    # The list may shrink while a comparison runs Python code.
    size = len(heap)
    result = a < b
    if len(heap) != size:
        raise RuntimeError("list changed size during iteration")
    return result


def _greater(heap, a, b):
    return _less(heap, b, a)


def _sift_toward_root(heap, top, pos, before=_less):
    """Moves heap[pos] up while it comes before its parent (never above top)."""
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if before(heap, item, above):
            heap[pos] = above
            pos = parent
            continue
        break
    heap[pos] = item


def _sift_toward_leaves(heap, pos, before=_less):
    """Fills the hole at pos by the first child down to a leaf, then sifts the item back up.

    before is _less for the heaps of the public API, _greater for the max-heaps merge and
    nsmallest keep.
    """
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not before(heap, heap[child], heap[right]):
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, top, pos, before)


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list('heappush', heap)
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list('heappop', heap, 'argument')
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sift_toward_leaves(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item."""
    _check_list('heapreplace', heap)
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item from the heap."""
    _check_list('heappushpop', heap)
    if not heap:
        return item
    top = heap[0]
    if not _less(heap, top, item):
        return item
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return top


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check_list('heapify', heap, 'argument')
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sift_toward_leaves(heap, pos)


# The max-heap variants (used by merge(reverse=True) and nsmallest).

def _heapify_max(heap, /):
    """Maxheap variant of heapify."""
    _check_list('_heapify_max', heap, 'argument')
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sift_toward_leaves(heap, pos, _greater)


def _heappop_max(heap, /):
    """Maxheap variant of heappop."""
    _check_list('_heappop_max', heap, 'argument')
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sift_toward_leaves(heap, 0, _greater)
    return largest


def _heapreplace_max(heap, item, /):
    """Maxheap variant of heapreplace."""
    _check_list('_heapreplace_max', heap)
    if not heap:
        raise IndexError("index out of range")
    largest = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0, _greater)
    return largest


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

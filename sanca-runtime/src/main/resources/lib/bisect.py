"""Binary search in sorted sequences: the `bisect` module of Python 3.12, written for Sanca."""



def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError("lo must be non-negative")
    return lo, len(a) if hi is None else hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """The index where x would go in the sorted a[lo:hi] after any items equal to it; key,
    if given, is applied to the items (not to x)."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if x < item:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """The index where x would go in the sorted a[lo:hi] before any items equal to it; key,
    if given, is applied to the items (not to x)."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if item < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Inserts x into the sorted list a after any items equal to it."""
    k = x if key is None else key(x)
    index = bisect_right(a, k, lo, hi, key=key)
    a.insert(index, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Inserts x into the sorted list a before any items equal to it."""
    k = x if key is None else key(x)
    index = bisect_left(a, k, lo, hi, key=key)
    a.insert(index, x)


bisect = bisect_right
insort = insort_right

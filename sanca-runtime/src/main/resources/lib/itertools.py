"""Functions creating iterators for efficient looping: the itertools module, for Sanca.

Each iterator is a class (as CPython's are types), with CPython's reprs and errors.
"""

import sys as _sys

_GenericAlias = type(list[int])


def _as_index(value, message):
    if value is None:
        return None
    if isinstance(value, int):
        return value
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise ValueError(message)
    return method(value)


def _check_nonnegative(value, name):
    if not isinstance(value, int):
        method = getattr(type(value), '__index__', None)
        if method is None:
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
        value = method(value)
    if value < 0:
        raise ValueError(f"{name} must be non-negative")
    return value


_PICKLING_DEPRECATED = "Pickle, copy, and deepcopy support will be removed from itertools in Python 3.14."
_PICKLE_MODULES = ('pickle', '_pickle')


def _warn_pickling():
    """CPython 3.12 warns when an itertools object is reduced or restored. Its pickler is C
    code, so the warning falls on the code that called it: frames of our pickle are skipped."""
    frame = _sys._getframe(2)
    level = 3
    while frame is not None and frame.f_globals.get('__name__') in _PICKLE_MODULES:
        frame = frame.f_back
        level += 1
    import warnings
    warnings.warn(_PICKLING_DEPRECATED, DeprecationWarning, stacklevel=level)


def _state_index(value):
    """An index from a pickled state: an int (CPython's PyLong_AsSsize_t)."""
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    return value


def _not_picklable(self, protocol=None):
    raise TypeError(f"cannot pickle 'itertools.{type(self).__name__}' object")


class _Iterator:
    """What the itertools iterators share: they are their own iterators."""

    __slots__ = ()

    def __iter__(self):
        return self

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__module__ = 'itertools'


class count(_Iterator):
    """Return a count object whose .__next__() method returns consecutive values."""

    __slots__ = ('_value', '_step')

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._value = start
        self._step = step

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        if isinstance(self._step, int) and self._step == 1 and type(self._step) is int:
            return f'{name}({self._value!r})'
        return f'{name}({self._value!r}, {self._step!r})'

    def __reduce__(self):
        _warn_pickling()
        value, step = self._value, self._step
        # CPython counts in a C integer while it can (an int start, a step of int 1), and
        # then names only the count.
        if isinstance(value, int) and isinstance(step, int) and step == 1 and -2**63 <= value < 2**63 - 1:
            return type(self), (int(value),)
        return type(self), (value, step)


def _is_number(value):
    cls = type(value)
    return (isinstance(value, (int, float, complex))
            or hasattr(cls, '__index__') or hasattr(cls, '__float__') or hasattr(cls, '__complex__'))


class cycle(_Iterator):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    # _complete: the saved items are all of them already (a cycle restored by unpickling),
    # so the items still read from _iterator are not saved again.
    __slots__ = ('_iterator', '_saved', '_index', '_complete')

    def __init__(self, iterable, /):
        self._iterator = iter(iterable)
        self._saved = []
        self._index = 0
        self._complete = False

    def __next__(self):
        if self._iterator is not None:
            for item in self._iterator:
                if not self._complete:
                    self._saved.append(item)
                return item
            self._iterator = None
        if not self._saved:
            raise StopIteration
        item = self._saved[self._index]
        self._index = (self._index + 1) % len(self._saved)
        return item

    def __reduce__(self):
        _warn_pickling()
        if self._iterator is None:
            rest = iter(self._saved)
            if self._index:
                rest.__setstate__(self._index)
            return type(self), (rest,), (self._saved, True)
        return type(self), (self._iterator,), (self._saved, self._complete)

    def __setstate__(self, state):
        _warn_pickling()
        if not isinstance(state, tuple):
            raise TypeError("state is not a tuple")
        saved, complete = state
        if not isinstance(saved, list):
            raise TypeError(f"must be list, not {type(saved).__name__}")
        self._saved = saved
        self._complete = bool(complete)
        self._index = 0


class repeat(_Iterator):
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""

    __slots__ = ('_object', '_times')

    def __init__(self, *args, **kwargs):
        names = ('object', 'times')
        if len(args) > 2:
            raise TypeError(f"repeat() takes at most 2 arguments ({len(args)} given)")
        values = dict(zip(names, args))
        for key, value in kwargs.items():
            if key not in names:
                raise TypeError(f"repeat() got an unexpected keyword argument '{key}'")
            if key in values:
                raise TypeError(f"argument for repeat() given by name ('{key}') and position ({names.index(key) + 1})")
            values[key] = value
        if 'object' not in values:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._object = values['object']
        times = values.get('times')
        if times is not None:
            times = _check_nonnegative_index(times)
            times = max(times, 0)
        self._times = times

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __reduce__(self):
        _warn_pickling()
        if self._times is None:
            return type(self), (self._object,)
        return type(self), (self._object, self._times)

    def __repr__(self):
        if self._times is None:
            return f'{type(self).__name__}({self._object!r})'
        return f'{type(self).__name__}({self._object!r}, {self._times})'


def _check_nonnegative_index(value):
    if isinstance(value, int):
        return value
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


class accumulate(_Iterator):
    """Return series of accumulated sums (or other binary function results)."""

    __slots__ = ('_iterator', '_func', '_total', '_initial', '_started')

    def __init__(self, iterable, func=None, *, initial=None):
        self._iterator = iter(iterable)
        self._func = func
        self._total = None
        self._initial = initial
        self._started = False

    def __next__(self):
        if not self._started:
            self._started = True
            if self._initial is not None:
                self._total = self._initial
                self._initial = None
                return self._total
            self._total = next(self._iterator)
            return self._total
        value = next(self._iterator)
        if self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total

    def __reduce__(self):
        _warn_pickling()
        if self._initial is not None:
            return type(self), (chain((self._initial,), self._iterator), self._func), None
        if self._started and self._total is None:
            # None as the state would read as "not started": an islice skipping a None start
            # stands for it, as in CPython.
            return islice, (type(self)(chain((None,), self._iterator), self._func), 1, None)
        return type(self), (self._iterator, self._func), self._total

    def __setstate__(self, state):
        _warn_pickling()
        self._total = state
        self._started = True


class batched(_Iterator):
    """Batch data into tuples of length n. The last batch may be shorter than n."""

    __slots__ = ('_iterator', '_n')

    def __new__(cls, iterable, n):
        n = _check_nonnegative_index(n)
        if n < 1:
            raise ValueError("n must be at least one")
        self = object.__new__(cls)
        self._iterator = iter(iterable)
        self._n = n
        return self

    def __next__(self):
        if self._iterator is None:
            raise StopIteration
        batch = []
        for item in self._iterator:
            batch.append(item)
            if len(batch) == self._n:
                break
        if not batch:
            self._iterator = None
            raise StopIteration
        return tuple(batch)

    __reduce_ex__ = _not_picklable


class chain(_Iterator):
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""

    __slots__ = ('_sources', '_active')

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls.__new__(cls)
        self._sources = iter(iterable)
        self._active = None
        return self

    def __next__(self):
        while self._sources is not None:
            if self._active is None:
                for source in self._sources:
                    self._active = iter(source)
                    break
                else:
                    self._sources = None
                    raise StopIteration
            for item in self._active:
                return item
            self._active = None
        raise StopIteration

    def __reduce__(self):
        _warn_pickling()
        if self._sources is None:
            return type(self), ()
        if self._active is None:
            return type(self), (), (self._sources,)
        return type(self), (), (self._sources, self._active)

    def __setstate__(self, state):
        _warn_pickling()
        if not isinstance(state, tuple):
            raise TypeError("state is not a tuple")
        if not state:
            raise TypeError("function takes at least 1 argument (0 given)")
        if len(state) > 2:
            raise TypeError(f"function takes at most 2 arguments ({len(state)} given)")
        if not all(hasattr(type(part), '__next__') for part in state):
            raise TypeError("Arguments must be iterators.")
        self._sources = state[0]
        self._active = state[1] if len(state) == 2 else None

    __class_getitem__ = classmethod(_GenericAlias)


class compress(_Iterator):
    """Return data elements corresponding to true selector elements."""

    __slots__ = ('_data', '_selectors')

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __next__(self):
        for item, selected in zip(self._data, self._selectors):
            if selected:
                return item
        raise StopIteration

    def __reduce__(self):
        _warn_pickling()
        return type(self), (self._data, self._selectors)


class dropwhile(_Iterator):
    """Drop items from the iterable while predicate(item) is true."""

    __slots__ = ('_predicate', '_iterator', '_dropping')

    def __init__(self, predicate, iterable, /):
        self._predicate = predicate
        self._iterator = iter(iterable)
        self._dropping = True

    def __next__(self):
        for item in self._iterator:
            if self._dropping and self._predicate(item):
                continue
            self._dropping = False
            return item
        raise StopIteration

    def __reduce__(self):
        _warn_pickling()
        return type(self), (self._predicate, self._iterator), int(not self._dropping)

    def __setstate__(self, state):
        _warn_pickling()
        self._dropping = not state


class filterfalse(_Iterator):
    """Return those items of iterable for which function(item) is false."""

    __slots__ = ('_predicate', '_iterator')

    def __init__(self, function, iterable, /):
        self._predicate = function
        self._iterator = iter(iterable)

    def __next__(self):
        predicate = self._predicate
        for item in self._iterator:
            if predicate is None:
                if not item:
                    return item
            elif not predicate(item):
                return item
        raise StopIteration

    def __reduce__(self):
        _warn_pickling()
        return type(self), (self._predicate, self._iterator)


def _same(a, b):
    """Key equality as CPython's PyObject_RichCompareBool: identical objects are equal unasked."""
    return a is b or bool(a == b)


class groupby(_Iterator):
    """make an iterator that returns consecutive keys and groups from the iterable"""

    # _current_value is _missing once the group's iterator has handed it out; only the newest
    # group's iterator (_grouper) reads on.
    __slots__ = ('_iterator', '_keyfunc', '_target', '_current_key', '_current_value', '_grouper')

    _missing = object()

    def __init__(self, iterable, key=None):
        self._iterator = iter(iterable)
        self._keyfunc = key
        self._target = groupby._missing
        self._current_key = groupby._missing
        self._current_value = groupby._missing
        self._grouper = None

    def _step(self):
        value = next(self._iterator)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._current_value = value
        self._current_key = key

    def __next__(self):
        self._grouper = None
        missing = groupby._missing
        while True:
            if self._current_key is not missing:
                if self._target is missing or not _same(self._target, self._current_key):
                    break
            self._step()
        self._target = self._current_key
        return self._current_key, _grouper(self, self._target)

    def __reduce__(self):
        _warn_pickling()
        missing = groupby._missing
        if missing in (self._target, self._current_key, self._current_value):
            return type(self), (self._iterator, self._keyfunc)
        return type(self), (self._iterator, self._keyfunc), (self._current_key, self._current_value, self._target)

    def __setstate__(self, state):
        _warn_pickling()
        if not isinstance(state, tuple):
            raise TypeError("state is not a tuple")
        if len(state) != 3:
            raise TypeError(f"function takes exactly 3 arguments ({len(state)} given)")
        self._current_key, self._current_value, self._target = state


class _grouper(_Iterator):
    __slots__ = ('_parent', '_target')

    def __init__(self, parent, target, /):
        if not isinstance(parent, groupby):
            raise TypeError(f"_grouper() argument 1 must be itertools.groupby, not {type(parent).__name__}")
        self._parent = parent
        self._target = target
        parent._grouper = self

    def __next__(self):
        parent = self._parent
        if parent._grouper is not self:
            raise StopIteration
        if parent._current_value is groupby._missing:
            parent._step()
        if not _same(self._target, parent._current_key):
            raise StopIteration
        value = parent._current_value
        parent._current_value = groupby._missing
        return value

    def __reduce__(self):
        _warn_pickling()
        if self._parent._grouper is not self:
            return iter, ((),)
        return type(self), (self._parent, self._target)


class islice(_Iterator):
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object

Return an iterator whose next() method returns selected values from an
iterable.  If start is specified, will skip all preceding elements;
otherwise, start defaults to zero.  Step defaults to one.  If
specified as another value, step determines how many values are
skipped between successive calls.  Works like a slice() on a list
but returns an iterator."""

    __slots__ = ('_iterator', '_next', '_stop', '_step', '_position')

    def __init__(self, iterable, *args):
        if len(args) == 1:
            start, stop, step = None, args[0], None
        elif len(args) in (2, 3):
            start, stop = args[0], args[1]
            step = args[2] if len(args) == 3 else None
        elif not args:
            raise TypeError("islice expected at least 2 arguments, got 1")
        else:
            raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
        stop_message = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        start_message = ("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
                         if len(args) > 1 else stop_message)
        stop = _as_index(stop, stop_message)
        if stop is not None and stop < 0:
            raise ValueError(stop_message)
        start = _as_index(start, start_message)
        if start is not None and start < 0:
            raise ValueError(start_message)
        step = _as_index(step, "Step for islice() must be a positive integer or None.")
        if step is not None and step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._iterator = iter(iterable)
        self._next = 0 if start is None else start
        self._stop = stop
        self._step = 1 if step is None else step
        self._position = 0

    def __next__(self):
        iterator = self._iterator
        if iterator is None:
            raise StopIteration
        stop = self._stop
        while self._position < self._next:
            if stop is not None and self._position >= stop:
                self._iterator = None
                raise StopIteration
            for _ in iterator:
                break
            else:
                self._iterator = None
                raise StopIteration
            self._position += 1
        if stop is not None and self._position >= stop:
            self._iterator = None
            raise StopIteration
        for item in iterator:
            self._position += 1
            self._next += self._step
            if stop is not None and self._next > stop:
                self._next = stop
            return item
        self._iterator = None
        raise StopIteration

    def __reduce__(self):
        _warn_pickling()
        if self._iterator is None:
            return type(self), (iter([]), 0), 0
        return type(self), (self._iterator, self._next, self._stop, self._step), self._position

    def __setstate__(self, state):
        _warn_pickling()
        self._position = state.__index__()


class pairwise(_Iterator):
    """Return an iterator of overlapping pairs taken from the input iterator."""

    __slots__ = ('_iterator', '_previous', '_started')

    def __init__(self, iterable, /):
        self._iterator = iter(iterable)
        self._previous = None
        self._started = False

    def __next__(self):
        if self._iterator is None:
            raise StopIteration
        if not self._started:
            self._started = True
            for item in self._iterator:
                self._previous = item
                break
            else:
                self._iterator = None
                raise StopIteration
        for item in self._iterator:
            pair = (self._previous, item)
            self._previous = item
            return pair
        self._iterator = None
        raise StopIteration

    __reduce_ex__ = _not_picklable


class starmap(_Iterator):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    __slots__ = ('_function', '_iterator')

    def __init__(self, function, iterable, /):
        self._function = function
        self._iterator = iter(iterable)

    def __next__(self):
        for args in self._iterator:
            return self._function(*args)
        raise StopIteration

    def __reduce__(self):
        _warn_pickling()
        return type(self), (self._function, self._iterator)


class takewhile(_Iterator):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    __slots__ = ('_predicate', '_iterator', '_stopped')

    def __init__(self, predicate, iterable, /):
        self._predicate = predicate
        self._iterator = iter(iterable)
        self._stopped = False

    def __next__(self):
        if self._stopped:
            raise StopIteration
        for item in self._iterator:
            if self._predicate(item):
                return item
            break
        self._stopped = True
        raise StopIteration

    def __reduce__(self):
        _warn_pickling()
        return type(self), (self._predicate, self._iterator), int(self._stopped)

    def __setstate__(self, state):
        _warn_pickling()
        self._stopped = bool(state)


class _tee_buffer:
    """The values one tee source has produced, shared by its tee iterators."""

    __slots__ = ('iterator', 'values', 'base')

    def __init__(self, iterator):
        self.iterator = iterator
        self.values = []
        self.base = 0


class _tee(_Iterator):
    """Iterator wrapped to make it copyable."""

    __slots__ = ('_buffer', '_index', '__weakref__')

    def __init__(self, iterable, /):
        if isinstance(iterable, _tee):
            self._buffer = iterable._buffer
            self._index = iterable._index
        else:
            self._buffer = _tee_buffer(iter(iterable))
            self._index = 0

    def __next__(self):
        buffer = self._buffer
        offset = self._index - buffer.base
        if offset < len(buffer.values):
            value = buffer.values[offset]
        else:
            for value in buffer.iterator:
                buffer.values.append(value)
                break
            else:
                raise StopIteration
        self._index += 1
        return value

    def __copy__(self):
        return _tee(self)


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _check_nonnegative_index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    iterator = iter(iterable)
    first = iterator if hasattr(iterator, '__copy__') else _tee(iterator)
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest(_Iterator):
    """Return a zip_longest object whose .__next__() method returns a tuple where
the i-th element comes from the i-th iterable argument.  The .__next__()
method continues until the longest iterable in the argument sequence
is exhausted and then it raises StopIteration.  When the shorter iterables
are exhausted, the fillvalue is substituted in their place.  The fillvalue
defaults to None or can be specified by a keyword argument."""

    __slots__ = ('_iterators', '_active', '_fillvalue')

    def __init__(self, *iterables, fillvalue=None):
        self._iterators = [iter(it) for it in iterables]
        self._active = len(self._iterators)
        self._fillvalue = fillvalue

    def __next__(self):
        if not self._iterators or self._active == 0:
            raise StopIteration
        values = []
        for position, iterator in enumerate(self._iterators):
            if iterator is None:
                values.append(self._fillvalue)
                continue
            for value in iterator:
                values.append(value)
                break
            else:
                self._active -= 1
                if self._active == 0:
                    raise StopIteration
                self._iterators[position] = None
                values.append(self._fillvalue)
        return tuple(values)

    def __reduce__(self):
        _warn_pickling()
        return type(self), tuple(() if it is None else it for it in self._iterators), self._fillvalue

    def __setstate__(self, state):
        _warn_pickling()
        self._fillvalue = state


class product(_Iterator):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    __slots__ = ('_pools', '_indices', '_done')

    def __init__(self, *iterables, repeat=1):
        repeat = _check_nonnegative_index(repeat)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        self._pools = tuple(tuple(pool) for pool in iterables) * repeat
        self._indices = None
        self._done = False

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        if self._indices is None:
            if any(not pool for pool in pools):
                self._done = True
                raise StopIteration
            self._indices = [0] * len(pools)
        else:
            position = len(pools) - 1
            while position >= 0:
                self._indices[position] += 1
                if self._indices[position] < len(pools[position]):
                    break
                self._indices[position] = 0
                position -= 1
            else:
                self._done = True
                raise StopIteration
        return tuple(pool[i] for pool, i in zip(pools, self._indices))

    def __reduce__(self):
        _warn_pickling()
        if self._done:
            return type(self), ((),)
        if self._indices is None:
            return type(self), self._pools
        return type(self), self._pools, tuple(self._indices)

    def __setstate__(self, state):
        _warn_pickling()
        if not isinstance(state, tuple) or len(state) != len(self._pools):
            raise ValueError("invalid arguments")
        indices = []
        for pool, index in zip(self._pools, state):
            index = _state_index(index)
            if not pool:
                self._done = True
                return
            indices.append(min(max(index, 0), len(pool) - 1))
        self._indices = indices


class permutations(_Iterator):
    """Return successive r-length permutations of elements in the iterable."""

    __slots__ = ('_pool', '_r', '_indices', '_cycles', '_started', '_done')

    def __init__(self, iterable, r=None):
        self._pool = tuple(iterable)
        n = len(self._pool)
        if r is None:
            r = n
        else:
            r = _check_nonnegative(r, 'r')
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._started = False
        self._done = r > n

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices, cycles = self._pool, self._r, self._indices, self._cycles
        n = len(pool)
        if not self._started:
            self._started = True
            return tuple(pool[i] for i in indices[:r])
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple(pool[k] for k in indices[:r])
        self._done = True
        raise StopIteration

    def __reduce__(self):
        _warn_pickling()
        if not self._started:
            return type(self), (self._pool, self._r)
        if self._done:
            return type(self), ((), self._r)
        return type(self), (self._pool, self._r), (tuple(self._indices), tuple(self._cycles))

    def __setstate__(self, state):
        _warn_pickling()
        n, r = len(self._pool), self._r
        if isinstance(state, tuple) and len(state) != 2:
            raise TypeError(f"function takes exactly 2 arguments ({len(state)} given)")
        for position, part in enumerate(state):
            if not isinstance(part, tuple):
                raise TypeError(f"argument {position + 1} must be tuple, not {type(part).__name__}")
        if len(state[0]) != n or len(state[1]) != r:
            raise ValueError("invalid arguments")
        self._indices = [min(max(_state_index(i), 0), n - 1) for i in state[0]]
        self._cycles = [min(max(_state_index(c), 1), n - k) for k, c in enumerate(state[1])]
        self._started = True


class combinations(_Iterator):
    """Return successive r-length combinations of elements in the iterable."""

    __slots__ = ('_pool', '_r', '_indices', '_done')

    def __init__(self, iterable, r):
        self._pool = tuple(iterable)
        self._r = _check_nonnegative(r, 'r')
        self._indices = None
        self._done = self._r > len(self._pool)

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r = self._pool, self._r
        n = len(pool)
        if self._indices is None:
            self._indices = list(range(r))
            return tuple(pool[i] for i in self._indices)
        indices = self._indices
        for i in range(r - 1, -1, -1):
            if indices[i] != i + n - r:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple(pool[i] for i in indices)

    def __reduce__(self):
        return _reduce_combinations(self)

    def __setstate__(self, state):
        _restore_combinations(self, state, lambda i: i + len(self._pool) - self._r)


class combinations_with_replacement(_Iterator):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""

    __slots__ = ('_pool', '_r', '_indices', '_done')

    def __init__(self, iterable, r):
        self._pool = tuple(iterable)
        self._r = _check_nonnegative(r, 'r')
        self._indices = None
        self._done = not self._pool and self._r > 0

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r = self._pool, self._r
        n = len(pool)
        if self._indices is None:
            self._indices = [0] * r
            return tuple(pool[i] for i in self._indices)
        indices = self._indices
        for i in range(r - 1, -1, -1):
            if indices[i] != n - 1:
                break
        else:
            self._done = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple(pool[i] for i in indices)

    def __reduce__(self):
        return _reduce_combinations(self)

    def __setstate__(self, state):
        _restore_combinations(self, state, lambda i: len(self._pool) - 1)


def _reduce_combinations(self):
    _warn_pickling()
    if self._indices is None:
        return type(self), (self._pool, self._r)
    if self._done:
        return type(self), ((), self._r)
    return type(self), (self._pool, self._r), tuple(self._indices)


def _restore_combinations(self, state, highest):
    """Sets the indices of a combinations object from a pickle, each within [0, highest(i)]."""
    _warn_pickling()
    if not isinstance(state, tuple) or len(state) != self._r:
        raise ValueError("invalid arguments")
    self._indices = [min(max(_state_index(index), 0), highest(i)) for i, index in enumerate(state)]


del _Iterator.__init_subclass__

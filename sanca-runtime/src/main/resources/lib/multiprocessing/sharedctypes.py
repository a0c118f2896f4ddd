"""Value and Array: numbers (and arrays of them) a process shares with its
children, each with a lock for read-modify-write sequences."""

from . import _shared

__all__ = ['Value', 'Array', 'RawValue', 'RawArray']

# array-module type codes, by the Python type their items have
_KINDS = {code: int for code in 'bBhHiIlLqQ'}
_KINDS.update({'f': float, 'd': float, 'c': bytes, 'u': str})
_CTYPE_NAMES = {'b': 'c_byte', 'B': 'c_ubyte', 'h': 'c_short', 'H': 'c_ushort', 'i': 'c_int',
                'I': 'c_uint', 'l': 'c_long', 'L': 'c_ulong', 'q': 'c_longlong',
                'Q': 'c_ulonglong', 'f': 'c_float', 'd': 'c_double', 'c': 'c_char',
                'u': 'c_wchar'}
_ZERO = {int: 0, float: 0.0, bytes: b'\x00', str: ''}


def _kind(typecode):
    try:
        return _KINDS[typecode]
    except (KeyError, TypeError):
        raise TypeError(f"unsupported type code {typecode!r}: use one of the array "
                        "module's codes") from None


def _coerce(kind, value):
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, kind):
        raise TypeError(f"{'int' if kind is int else kind.__name__} expected instead of "
                        f"{type(value).__name__} instance")
    return value


class _Cells:
    """The kept items of a Value (one cell) or an Array."""

    def __init__(self, typecode, items):
        self.kind = _kind(typecode)
        self.items = [_coerce(self.kind, v) for v in items]

    def get(self, index):
        return self.items[index]

    def set(self, index, value):
        if isinstance(index, slice):
            values = [_coerce(self.kind, v) for v in value]
            if len(range(*index.indices(len(self.items)))) != len(values):
                raise ValueError("Can only assign sequence of same size")
            self.items[index] = values
        else:
            self.items[index] = _coerce(self.kind, value)

    def length(self):
        return len(self.items)


class _Shared(_shared.BaseProxy):
    def __init__(self, typecode, items, lock):
        from .synchronize import RLock
        self._oid = _shared.register(_Cells(typecode, items))
        self._typecode = typecode
        if lock is True:
            lock = RLock()
        self._lock = lock or None

    def __reduce__(self):
        return _rebuild, (type(self), self._oid, self._typecode, self._lock)

    def get_lock(self):
        if self._lock is None:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute 'get_lock'")
        return self._lock

    def acquire(self, *args):
        return self.get_lock().acquire(*args)

    def release(self):
        self.get_lock().release()

    def __enter__(self):
        return self.get_lock().__enter__()

    def __exit__(self, *exc):
        return self.get_lock().__exit__(*exc)


def _rebuild(cls, oid, typecode, lock):
    obj = cls._from_id(oid)
    obj._typecode = typecode
    obj._lock = lock
    return obj


class Synchronized(_Shared):
    """A shared number (or character): read and assign its `value`."""

    @property
    def value(self):
        return self._call('get', 0)

    @value.setter
    def value(self, v):
        self._call('set', 0, v)

    def __repr__(self):
        return f'<{type(self).__name__} wrapper for {_CTYPE_NAMES[self._typecode]}({self.value!r})>'


class SynchronizedArray(_Shared):
    """A shared fixed-length array: index it, slice it, take its len()."""

    def __len__(self):
        return self._call('length')

    def __getitem__(self, index):
        return self._call('get', index)

    def __setitem__(self, index, value):
        self._call('set', index, value)

    def __iter__(self):
        return iter(self[:])


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A shared value of the array-module type code, with a lock unless lock=False."""
    kind = _kind(typecode_or_type)
    initial = args[0] if args else _ZERO[kind]
    return Synchronized(typecode_or_type, [initial], lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """A shared array of `size` zeros, or of the initializer's items."""
    kind = _kind(typecode_or_type)
    if isinstance(size_or_initializer, int):
        items = [_ZERO[kind]] * size_or_initializer
    else:
        items = list(size_or_initializer)
    return SynchronizedArray(typecode_or_type, items, lock)


def RawValue(typecode_or_type, *args):
    return Value(typecode_or_type, *args, lock=False)


def RawArray(typecode_or_type, size_or_initializer):
    return Array(typecode_or_type, size_or_initializer, lock=False)

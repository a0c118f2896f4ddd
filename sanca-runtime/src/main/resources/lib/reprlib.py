"""Sanca's reprlib: repr() with size limits, and a guard for self-referencing reprs."""

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins
from itertools import islice
try:
    from _thread import get_ident
except ImportError:
    def get_ident():
        return 0


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a nested call on the same object (in
    the same thread) returns fillvalue instead of recursing forever."""

    def decorate(method):
        active = set()

        def guarded(self):
            token = (id(self), get_ident())
            if token in active:
                return fillvalue
            active.add(token)
            try:
                return method(self)
            finally:
                active.discard(token)

        guarded.__module__ = getattr(method, '__module__')
        guarded.__doc__ = getattr(method, '__doc__')
        guarded.__name__ = getattr(method, '__name__')
        guarded.__qualname__ = getattr(method, '__qualname__')
        guarded.__annotations__ = getattr(method, '__annotations__', {})
        return guarded

    return decorate


def _budget(limit):
    """Split a length limit into (kept head, kept tail) around a 3-char filler."""
    head = max(0, (limit - 3) // 2)
    return head, max(0, limit - 3 - head)


def _possibly_sorted(x):
    try:
        return sorted(x)
    except Exception:
        return list(x)


class Repr:
    """A repr() whose output is bounded: each container kind shows at most a
    given number of items, nesting stops after maxlevel levels, and long
    strings, ints and other reprs are cut in the middle."""

    # A repr_<typename> method only applies when the type comes from here.
    _lookup = {
        'tuple': 'builtins',
        'list': 'builtins',
        'array': 'array',
        'set': 'builtins',
        'frozenset': 'builtins',
        'deque': 'collections',
        'dict': 'builtins',
        'str': 'builtins',
        'int': 'builtins',
    }

    def __init__(self, *, maxlevel=6, maxtuple=6, maxlist=6, maxarray=5, maxdict=4,
                 maxset=6, maxfrozenset=6, maxdeque=6, maxstring=30, maxlong=40,
                 maxother=30, fillvalue='...', indent=None):
        settings = dict(locals())
        del settings['self']
        for name, value in settings.items():
            setattr(self, name, value)

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        kind = type(x)
        name = '_'.join(kind.__name__.split())
        handler = getattr(self, 'repr_' + name, None)
        home = self._lookup.get(name)
        if handler and (home is None or kind.__module__ == home):
            return handler(x, level)
        return self.repr_instance(x, level)

    def _cut(self, text, limit):
        if len(text) <= limit:
            return text
        head, tail = _budget(limit)
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def _layout(self, pieces, level):
        """Join item reprs, one per line when an indent is configured."""
        unit = self.indent
        if unit is None:
            return ', '.join(pieces)
        if not pieces:
            return ''
        if isinstance(unit, int):
            if unit < 0:
                raise ValueError(f'Repr.indent cannot be negative int (was {unit!r})')
            unit = ' ' * unit
        depth = self.maxlevel - level + 1
        try:
            inner = '\n' + unit * depth
        except TypeError as e:
            raise TypeError(f'Repr.indent must be a str, int or None, not {type(unit)}') from e
        outer = '\n' + unit * (depth - 1)
        return inner + (',' + inner).join(pieces) + ',' + outer

    def _sequence(self, x, level, opening, closing, limit, single_suffix=''):
        count = len(x)
        if count and level <= 0:
            return opening + self.fillvalue + closing
        pieces = [self.repr1(item, level - 1) for item in islice(x, limit)]
        if count > limit:
            pieces.append(self.fillvalue)
        if count == 1 and self.indent is None:
            closing = single_suffix + closing
        return opening + self._layout(pieces, level) + closing

    def repr_tuple(self, x, level):
        return self._sequence(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._sequence(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        code = x.typecode
        if not x:
            return f"array('{code}')"
        return self._sequence(x, level, f"array('{code}', [", '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._sequence(_possibly_sorted(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._sequence(_possibly_sorted(x), level, 'frozenset({', '})',
                              self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._sequence(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        below = level - 1
        pieces = []
        for key in islice(_possibly_sorted(x), self.maxdict):
            shown_key = self.repr1(key, below)
            pieces.append(shown_key + ': ' + self.repr1(x[key], below))
        if len(x) > self.maxdict:
            pieces.append(self.fillvalue)
        return '{' + self._layout(pieces, level) + '}'

    def repr_str(self, x, level):
        limit = self.maxstring
        text = builtins.repr(x[:limit])
        if len(text) <= limit:
            return text
        # Quote the kept ends together so escapes and quotes stay valid.
        head, tail = _budget(limit)
        text = builtins.repr(x[:head] + x[len(x) - tail:])
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_int(self, x, level):
        return self._cut(builtins.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return self._cut(text, self.maxother)


aRepr = Repr()
repr = aRepr.repr

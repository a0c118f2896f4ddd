"""Pretty printing of Python data structures (CPython's Lib/pprint.py behaviour): containers
too wide for the line are laid out one item per line, indented under their opening bracket."""

import collections as _collections
import sys as _sys
import types as _types

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    printer = PrettyPrinter(indent, width, depth, stream, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False,
            sort_dicts=True, underscore_numbers=False):
    printer = PrettyPrinter(indent, width, depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Like pprint, but dictionaries keep their insertion order by default."""
    kwargs['sort_dicts'] = sort_dicts
    pprint(object, *args, **kwargs)


def _inspect(value):
    return PrettyPrinter()._safe_repr(value, {}, None, 0)


def saferepr(object):
    return _inspect(object)[0]


def isreadable(object):
    return _inspect(object)[1]


def isrecursive(object):
    return _inspect(object)[2]


class _Pieces(list):
    """A write()-able collector for pformat, cheaper than a StringIO."""
    __slots__ = ()
    write = list.append


class _safe_key:
    """Orders values of mixed, unorderable types: by value where possible, else by type
    name and identity, so sorting a set or dict for display never fails."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj))
                    < (str(type(other.obj)), id(other.obj)))


def _safe_tuple(pair):
    return _safe_key(pair[0]), _safe_key(pair[1])


def _recursion(obj):
    return "<Recursion on %s with id=%s>" % (type(obj).__name__, id(obj))


_builtin_scalars = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


def _is_generated_dataclass(obj):
    """True for an instance of a dataclass whose __repr__ is the one dataclass wrote (a
    function of the dataclasses module itself), not one the class defines."""
    cls = type(obj)
    params = getattr(cls, '__dataclass_params__', None)
    if params is None or isinstance(obj, type) or not params.repr:
        return False
    shown = getattr(cls, '__repr__', None)
    inner = getattr(shown, '__wrapped__', shown)
    return getattr(inner, '__module__', None) == 'dataclasses'


_CONTAINERS_AND_INT = frozenset({int, dict, list, tuple})


def _repr_kind(cls):
    """int, dict, list or tuple when cls derives from it and keeps its __repr__ (so its
    repr is built like the base's), else None."""
    own_repr = getattr(cls, "__repr__", None)
    for base in (int, dict, list, tuple):
        if issubclass(cls, base) and own_repr is base.__repr__:
            return base
    return None


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if not (depth is None or depth > 0):
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent  # spaces added per nesting level
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = bool(underscore_numbers)

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, obj):
        out = _Pieces()
        self._format(obj, out, 0, 0, {}, 0)
        return ''.join(out)

    def isrecursive(self, obj):
        return self.format(obj, {}, 0, 0)[2]

    def isreadable(self, obj):
        text, readable, recursive = self.format(obj, {}, 0, 0)
        return readable and not recursive

    def format(self, obj, seen, limit, level):
        """Returns (repr text, whether it is readable, whether it is recursive)."""
        return self._safe_repr(obj, seen, limit, level)

    # -- layout -------------------------------------------------------------------------

    def _format(self, obj, out, col, spare, seen, level):
        key = id(obj)
        if key in seen:
            out.write(_recursion(obj))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(obj, seen, level)
        if len(text) > self._width - col - spare:
            layout = _layouts.get(type(obj).__repr__)
            if layout is None and _is_generated_dataclass(obj):
                layout = PrettyPrinter._pprint_dataclass
            if layout is not None:
                seen[key] = 1
                layout(self, obj, out, col, spare, seen, level + 1)
                del seen[key]
                return
        out.write(text)

    def _repr(self, obj, seen, level):
        text, readable, recursive = self.format(obj, seen.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _written_empty(self, obj, out):
        """Empty containers keep their one-line repr, however little room is left."""
        if len(obj):
            return False
        out.write(repr(obj))
        return True

    def _open_pad(self, out):
        if self._indent_per_level > 1:
            out.write((self._indent_per_level - 1) * ' ')

    def _pprint_dataclass(self, obj, out, col, spare, seen, level):
        from dataclasses import fields
        name = type(obj).__name__
        items = [(f.name, getattr(obj, f.name)) for f in fields(obj) if f.repr]
        out.write(name + '(')
        self._format_namespace_items(items, out, col + len(name) + 1,
                                     spare, seen, level)
        out.write(')')

    def _pprint_dict(self, obj, out, col, spare, seen, level):
        out.write('{')
        self._open_pad(out)
        if len(obj):
            if self._sort_dicts:
                items = sorted(obj.items(), key=_safe_tuple)
            else:
                items = obj.items()
            self._format_dict_items(items, out, col, spare + 1, seen, level)
        out.write('}')

    def _pprint_ordered_dict(self, obj, out, col, spare, seen, level):
        if self._written_empty(obj, out):
            return
        name = type(obj).__name__
        out.write(name + '(')
        self._format(list(obj.items()), out, col + len(name) + 1,
                     spare + 1, seen, level)
        out.write(')')

    def _pprint_list(self, obj, out, col, spare, seen, level):
        out.write('[')
        self._format_items(obj, out, col, spare + 1, seen, level)
        out.write(']')

    def _pprint_tuple(self, obj, out, col, spare, seen, level):
        out.write('(')
        close = ',)' if len(obj) == 1 else ')'
        self._format_items(obj, out, col, spare + len(close), seen, level)
        out.write(close)

    def _pprint_set(self, obj, out, col, spare, seen, level):
        if self._written_empty(obj, out):
            return
        cls = type(obj)
        if cls is set:
            out.write('{')
            close = '}'
        else:
            out.write(cls.__name__ + '({')
            close = '})'
            col += len(cls.__name__) + 1
        ordered = sorted(obj, key=_safe_key)
        self._format_items(ordered, out, col, spare + len(close), seen, level)
        out.write(close)

    def _pprint_str(self, obj, out, col, spare, seen, level):
        if self._written_empty(obj, out):
            return
        pieces = self._str_pieces(obj, col, spare, level)
        if len(pieces) == 1:
            out.write(pieces[0])
            return
        if level == 1:
            col += 1
            out.write('(')
        out.write(('\n' + ' ' * col).join(pieces))
        if level == 1:
            out.write(')')

    def _str_pieces(self, text, col, spare, level):
        """The reprs of the pieces a long string is cut into: at line ends, then between
        words, so each piece's repr fits the width left."""
        import re
        if level == 1:
            col += 1
            spare += 1
        room = self._width - col
        lines = text.splitlines(True)
        pieces = []
        for n, line in enumerate(lines):
            last_line = n == len(lines) - 1
            limit = room - spare if last_line else room
            whole = repr(line)
            if len(whole) <= limit:
                pieces.append(whole)
                continue
            words = re.findall(r'\S*\s*', line)
            words.pop()
            limit = room
            current = ''
            for m, word in enumerate(words):
                joined = current + word
                if last_line and m == len(words) - 1:
                    limit -= spare
                if len(repr(joined)) > limit:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current = joined
            if current:
                pieces.append(repr(current))
        return pieces

    def _pprint_bytes(self, obj, out, col, spare, seen, level):
        if len(obj) <= 4:
            out.write(repr(obj))
            return
        wrapped = level == 1
        if wrapped:
            col += 1
            spare += 1
            out.write('(')
        room = self._width - col
        pieces = []
        current = b''
        last_start = len(obj) // 4 * 4
        for start in range(0, len(obj), 4):
            quad = obj[start:start + 4]
            joined = current + quad
            if start == last_start:
                room -= spare
            if len(repr(joined)) > room:
                if current:
                    pieces.append(repr(current))
                current = quad
            else:
                current = joined
        if current:
            pieces.append(repr(current))
        out.write(('\n' + ' ' * col).join(pieces))
        if wrapped:
            out.write(')')

    def _pprint_bytearray(self, obj, out, col, spare, seen, level):
        out.write('bytearray(')
        self._pprint_bytes(bytes(obj), out, col + 10, spare + 1,
                           seen, level + 1)
        out.write(')')

    def _pprint_mappingproxy(self, obj, out, col, spare, seen, level):
        out.write('mappingproxy(')
        self._format(obj.copy(), out, col + 13, spare + 1, seen, level)
        out.write(')')

    def _pprint_simplenamespace(self, obj, out, col, spare, seen, level):
        cls = type(obj)
        name = 'namespace' if cls is _types.SimpleNamespace else cls.__name__
        out.write(name + '(')
        self._format_namespace_items(list(obj.__dict__.items()), out,
                                     col + len(name) + 1, spare, seen, level)
        out.write(')')

    def _format_dict_items(self, items, out, col, spare, seen, level):
        col += self._indent_per_level
        separator = ',\n' + ' ' * col
        items = list(items)
        last = len(items) - 1
        for n, (key, value) in enumerate(items):
            key_text = self._repr(key, seen, level)
            out.write(key_text)
            out.write(': ')
            self._format(value, out, col + len(key_text) + 2,
                         spare if n == last else 1, seen, level)
            if n != last:
                out.write(separator)

    def _format_namespace_items(self, items, out, col, spare, seen, level):
        separator = ',\n' + ' ' * col
        last = len(items) - 1
        for n, (key, value) in enumerate(items):
            out.write(key)
            out.write('=')
            if id(value) in seen:
                # A field holding its own container shows as "...", as the repr does.
                out.write("...")
            else:
                self._format(value, out, col + len(key) + 1,
                             spare if n == last else 1, seen, level)
            if n != last:
                out.write(separator)

    def _format_items(self, items, out, col, spare, seen, level):
        col += self._indent_per_level
        self._open_pad(out)
        separator = ',\n' + ' ' * col
        room = full = self._width - col + 1
        pending = iter(items)
        try:
            following = next(pending)
        except StopIteration:
            return
        lead = ''
        last = False
        while not last:
            item = following
            try:
                following = next(pending)
            except StopIteration:
                last = True
                full -= spare
                room -= spare
            if self._compact:
                text = self._repr(item, seen, level)
                need = len(text) + 2
                if room < need:
                    room = full
                    if lead:
                        lead = separator
                if room >= need:
                    room -= need
                    out.write(lead)
                    lead = ', '
                    out.write(text)
                    continue
            out.write(lead)
            lead = separator
            self._format(item, out, col, spare if last else 1, seen, level)

    def _pprint_default_dict(self, obj, out, col, spare, seen, level):
        if self._written_empty(obj, out):
            return
        factory = self._repr(obj.default_factory, seen, level)
        name = type(obj).__name__
        col += len(name) + 1
        out.write('%s(%s,\n%s' % (name, factory, ' ' * col))
        self._pprint_dict(obj, out, col, spare + 1, seen, level)
        out.write(')')

    def _pprint_counter(self, obj, out, col, spare, seen, level):
        if self._written_empty(obj, out):
            return
        name = type(obj).__name__
        out.write(name + '({')
        self._open_pad(out)
        self._format_dict_items(obj.most_common(), out, col + len(name) + 1,
                                spare + 2, seen, level)
        out.write('})')

    def _pprint_chain_map(self, obj, out, col, spare, seen, level):
        if not len(obj.maps):
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + '(')
        col += len(name) + 1
        last = len(obj.maps) - 1
        for n, mapping in enumerate(obj.maps):
            if n == last:
                self._format(mapping, out, col, spare + 1, seen, level)
                out.write(')')
            else:
                self._format(mapping, out, col, 1, seen, level)
                out.write(',\n' + ' ' * col)

    def _pprint_deque(self, obj, out, col, spare, seen, level):
        if self._written_empty(obj, out):
            return
        name = type(obj).__name__
        out.write(name + '([')
        col += len(name) + 1
        if obj.maxlen is None:
            self._format_items(obj, out, col, spare + 2, seen, level)
            out.write('])')
        else:
            self._format_items(obj, out, col, 2, seen, level)
            limit = self._repr(obj.maxlen, seen, level)
            out.write('],\n%smaxlen=%s)' % (' ' * col, limit))

    def _pprint_user_wrapper(self, obj, out, col, spare, seen, level):
        self._format(obj.data, out, col, spare, seen, level - 1)

    # -- one-line reprs -----------------------------------------------------------------

    def _safe_repr(self, obj, seen, limit, level):
        cls = type(obj)
        if cls in _builtin_scalars:
            return repr(obj), True, False
        kind = cls if cls in _CONTAINERS_AND_INT else _repr_kind(cls)
        if kind is int:
            if self._underscore_numbers:
                return f"{obj:_d}", True, False
            return repr(obj), True, False
        if kind is dict:
            if not obj:
                return "{}", True, False
            items = obj.items()
            if self._sort_dicts:
                items = sorted(items, key=_safe_tuple)
            return self._join_reprs(obj, "{%s}", items, seen, limit, level, True)
        if kind is list:
            if not obj:
                return "[]", True, False
            return self._join_reprs(obj, "[%s]", obj, seen, limit, level, False)
        if kind is tuple:
            if not obj:
                return "()", True, False
            shape = "(%s,)" if len(obj) == 1 else "(%s)"
            return self._join_reprs(obj, shape, obj, seen, limit, level, False)
        text = repr(obj)
        return text, bool(text and not text.startswith('<')), False

    def _join_reprs(self, obj, shape, items, seen, limit, level, pairs):
        key = id(obj)
        if limit and level >= limit:
            return shape % "...", False, key in seen
        if key in seen:
            return _recursion(obj), False, True
        seen[key] = 1
        readable = True
        recursive = False
        parts = []
        level += 1
        for item in items:
            if pairs:
                k_text, k_ok, k_rec = self.format(item[0], seen, limit, level)
                v_text, v_ok, v_rec = self.format(item[1], seen, limit, level)
                parts.append("%s: %s" % (k_text, v_text))
                readable = readable and k_ok and v_ok
                recursive = recursive or k_rec or v_rec
            else:
                text, ok, rec = self.format(item, seen, limit, level)
                parts.append(text)
                readable = readable and ok
                recursive = recursive or rec
        del seen[key]
        return shape % ", ".join(parts), readable, recursive


_layouts = {
    dict.__repr__: PrettyPrinter._pprint_dict,
    _collections.OrderedDict.__repr__: PrettyPrinter._pprint_ordered_dict,
    list.__repr__: PrettyPrinter._pprint_list,
    tuple.__repr__: PrettyPrinter._pprint_tuple,
    set.__repr__: PrettyPrinter._pprint_set,
    frozenset.__repr__: PrettyPrinter._pprint_set,
    str.__repr__: PrettyPrinter._pprint_str,
    bytes.__repr__: PrettyPrinter._pprint_bytes,
    bytearray.__repr__: PrettyPrinter._pprint_bytearray,
    _types.MappingProxyType.__repr__: PrettyPrinter._pprint_mappingproxy,
    _types.SimpleNamespace.__repr__: PrettyPrinter._pprint_simplenamespace,
    _collections.defaultdict.__repr__: PrettyPrinter._pprint_default_dict,
    _collections.Counter.__repr__: PrettyPrinter._pprint_counter,
    _collections.ChainMap.__repr__: PrettyPrinter._pprint_chain_map,
    _collections.deque.__repr__: PrettyPrinter._pprint_deque,
    _collections.UserDict.__repr__: PrettyPrinter._pprint_user_wrapper,
    _collections.UserList.__repr__: PrettyPrinter._pprint_user_wrapper,
    _collections.UserString.__repr__: PrettyPrinter._pprint_user_wrapper,
}
# CPython's name for the table, which some programs extend with their own layouts.
PrettyPrinter._dispatch = _layouts

"""Classes whose boilerplate methods are derived from annotated fields (PEP 557).

Sanca's implementation.  The decorator reads the class annotations into Field
records, then attaches methods: ``__init__`` is compiled from generated source
(so that its signature, defaults and argument errors are a real function's),
the others are closures over the field names.
"""

import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']

_mappingproxy = type(type.__dict__)
_GenericAlias = type(list[int])


class FrozenInstanceError(AttributeError):
    """Raised when a field of a frozen dataclass instance is set or deleted."""


class _MISSING_TYPE:
    """Type of the MISSING marker: no default was given."""


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    """Type of the KW_ONLY marker annotation."""


KW_ONLY = _KW_ONLY_TYPE()


class _FactoryMarker:
    # Stands in __init__'s defaults for a field filled by a default factory.
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _FactoryMarker()


class _FieldKind:
    __slots__ = ('label',)

    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return self.label


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_NO_METADATA = _mappingproxy({})


class InitVar:
    """Annotation marking an __init__-only pseudo-field passed to __post_init__."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        inner = self.type
        shown = inner.__name__ if isinstance(inner, type) else repr(inner)
        return f'dataclasses.InitVar[{shown}]'

    def __class_getitem__(cls, type):
        return cls(type)


_FIELD_ATTRS = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash',
                'compare', 'metadata', 'kw_only')


class Field:
    """What the decorator knows about one field; build one with field()."""
    __slots__ = _FIELD_ATTRS + ('_field_type',)

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = _NO_METADATA if metadata is None else _mappingproxy(metadata)
        self.kw_only = kw_only

    def __repr__(self):
        shown = ','.join(f'{attr}={getattr(self, attr)!r}' for attr in _FIELD_ATTRS)
        return f'Field({shown},_field_type={self._field_type})'

    def __set_name__(self, owner, name):
        # A descriptor given as the default learns its name as if assigned directly.
        notify = getattr(type(self.default), '__set_name__', None)
        if notify:
            notify(self.default, owner, name)

    __class_getitem__ = classmethod(_GenericAlias)


_PARAM_NAMES = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args',
                'kw_only', 'slots', 'weakref_slot')


class _DataclassParams:
    __slots__ = _PARAM_NAMES

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                 slots, weakref_slot):
        for attr, value in zip(_PARAM_NAMES, (init, repr, eq, order, unsafe_hash, frozen,
                                              match_args, kw_only, slots, weakref_slot)):
            setattr(self, attr, value)

    def __repr__(self):
        shown = ','.join(f'{attr}={getattr(self, attr)!r}' for attr in _PARAM_NAMES)
        return f'_DataclassParams({shown})'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe one dataclass field beyond its annotation.

    Give at most one of default (a value) and default_factory (a callable
    of no arguments run for each new instance).  init, repr, hash and
    compare say whether the field takes part in __init__, __repr__,
    __hash__ (None: follow compare) and the comparisons.  metadata is an
    arbitrary mapping kept read-only on the Field; kw_only makes the
    __init__ parameter keyword-only.
    """
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---- recognising ClassVar, InitVar and KW_ONLY annotations ----------------------------

def _looks_classvar(obj):
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    marker = typing.ClassVar
    return obj is marker or getattr(obj, '__origin__', None) is marker


def _looks_initvar(obj):
    return obj is InitVar or type(obj) is InitVar


def _looks_kw_only(obj):
    return obj is KW_ONLY


def _leading_names(text):
    """Split 'a.b[...]' into ('a', 'b') and 'b[...]' into (None, 'b'); None if no name."""
    names = []
    rest = text
    while len(names) < 2:
        rest = rest.lstrip()
        stop = 0
        while stop < len(rest) and (rest[stop] == '_' or rest[stop].isalnum()):
            stop += 1
        if not stop:
            break
        names.append(rest[:stop])
        rest = rest[stop:].lstrip()
        if not rest.startswith('.'):
            break
        rest = rest[1:]
    if len(names) == 2:
        return tuple(names)
    if names and not rest.startswith('.'):
        return None, names[0]
    return None


def _annotation_is(annotation, cls, test, canonical):
    """Whether annotation (an object or, for PEP 563 and quoted ones, a string
    naming something in cls's module) denotes the marker that test recognises."""
    if not isinstance(annotation, str):
        return test(annotation)
    names = _leading_names(annotation)
    module = sys.modules.get(cls.__module__)
    if names is None or module is None:
        return False
    qualifier, name = names
    scope = module.__dict__
    if qualifier is None:
        return test(scope.get(name))
    holder = scope.get(qualifier)
    return bool(holder) and getattr(holder, '__dict__', {}).get(name) is canonical()


def _typing_classvar():
    return sys.modules['typing'].ClassVar


def _make_field(cls, name, annotation, kw_only_default):
    found = getattr(cls, name, MISSING)
    if isinstance(found, Field):
        fld = found
    else:
        if type(found).__name__ == 'member_descriptor':
            found = MISSING   # a __slots__ entry is no default value
        fld = field(default=found)
    fld.name = name
    fld.type = annotation

    if 'typing' in sys.modules and _annotation_is(annotation, cls, _looks_classvar,
                                                  _typing_classvar):
        kind = _FIELD_CLASSVAR
    elif _annotation_is(annotation, cls, _looks_initvar, lambda: InitVar):
        kind = _FIELD_INITVAR
    else:
        kind = _FIELD
    fld._field_type = kind

    if kind is not _FIELD and fld.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')
    if kind is _FIELD_CLASSVAR:
        if fld.kw_only is not MISSING:
            raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
    elif fld.kw_only is MISSING:
        fld.kw_only = kw_only_default
    if kind is _FIELD and type(fld.default).__hash__ is None:
        raise ValueError(f'mutable default {type(fld.default)} for field '
                         f'{name} is not allowed: use default_factory')
    return fld


def _collect_fields(cls, kw_only, frozen):
    """Inherited fields (base-most first) updated by the class's own, in order."""
    collected = {}
    base_frozen = []
    for base in reversed(cls.__mro__[1:]):
        inherited = getattr(base, _FIELDS, None)
        if inherited is not None:
            collected.update((f.name, f) for f in inherited.values())
            base_frozen.append(getattr(base, _PARAMS).frozen)

    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    marker_seen = False
    for name, annotation in annotations.items():
        if _annotation_is(annotation, cls, _looks_kw_only, lambda: KW_ONLY):
            if marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            marker_seen = kw_only = True
            continue
        own.append(_make_field(cls, name, annotation, kw_only))

    for fld in own:
        collected[fld.name] = fld
        # The class attribute becomes the plain default (or goes away).
        if isinstance(getattr(cls, fld.name, None), Field):
            if fld.default is MISSING:
                delattr(cls, fld.name)
            else:
                setattr(cls, fld.name, fld.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if base_frozen:
        if any(base_frozen) and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not all(base_frozen) and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    return collected


# ---- the generated __init__ ---------------------------------------------------------

def _has_default(fld):
    return fld.default is not MISSING or fld.default_factory is not MISSING


def _build_init(cls, init_fields, frozen, slots):
    """Compile __init__ for the fields that are real fields or InitVars."""
    positional = [f for f in init_fields if f.init and not f.kw_only]
    keyword = [f for f in init_fields if f.init and f.kw_only]
    defaulted = False
    for fld in positional:
        if _has_default(fld):
            defaulted = True
        elif defaulted:
            raise TypeError(f'non-default argument {fld.name!r} follows default argument')

    me = '__dataclass_self__' if 'self' in cls.__dict__.get(_FIELDS, ()) else 'self'
    env = {'__dc_factory_marker': _HAS_DEFAULT_FACTORY, '__dc_object': object}

    def param(fld):
        if fld.default_factory is not MISSING:
            return fld.name + '=__dc_factory_marker'
        if fld.default is not MISSING:
            env['__dc_default_' + fld.name] = fld.default
            return f'{fld.name}=__dc_default_{fld.name}'
        return fld.name

    params = [me] + [param(f) for f in positional]
    if keyword:
        params += ['*'] + [param(f) for f in keyword]

    body = []
    for fld in init_fields:
        if fld._field_type is not _FIELD:
            continue
        name = fld.name
        if fld.default_factory is not MISSING:
            maker = '__dc_factory_' + name
            env[maker] = fld.default_factory
            value = (f'{maker}() if {name} is __dc_factory_marker else {name}'
                     if fld.init else f'{maker}()')
        elif fld.init:
            value = name
        elif slots and fld.default is not MISSING:
            # Slots leave no class attribute behind to supply the default.
            value = '__dc_default_' + name
            env[value] = fld.default
        else:
            continue
        if frozen:
            body.append(f'__dc_object.__setattr__({me}, {name!r}, {value})')
        else:
            body.append(f'{me}.{name} = {value}')
    if hasattr(cls, '__post_init__'):
        passed = ', '.join(f.name for f in init_fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{me}.__post_init__({passed})')

    lines = [f'def __dc_build({", ".join(env)}):',
             f' def __init__({", ".join(params)}):']
    lines += ['  ' + line for line in body or ['pass']]
    lines.append(' return __init__')
    module = sys.modules.get(cls.__module__)
    scope = module.__dict__ if module is not None else {}
    made = {}
    exec('\n'.join(lines), scope, made)
    function = made['__dc_build'](**env)
    function.__annotations__ = dict((f.name, f.type) for f in init_fields if f.init)
    function.__annotations__['return'] = None
    return function


# ---- the other generated methods ----------------------------------------------------

def _adopt(cls, function, name):
    function.__name__ = name
    function.__qualname__ = f'{cls.__qualname__}.{name}'
    return function


def _attach(cls, name, function):
    """Set a generated method unless the class defines its own; True if it did."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, _adopt(cls, function, name))
    return False


def _value_tuple(names):
    def values(obj):
        return tuple([getattr(obj, name) for name in names])
    return values


def _make_repr(names):
    active = set()

    def __repr__(self):
        key = id(self)
        if key in active:
            return '...'
        active.add(key)
        try:
            shown = ', '.join([f'{name}={getattr(self, name)!r}' for name in names])
        finally:
            active.discard(key)
        return f'{self.__class__.__qualname__}({shown})'
    return __repr__


def _make_comparison(values, compare):
    def method(self, other):
        if other.__class__ is self.__class__:
            return compare(values(self), values(other))
        return NotImplemented
    return method


_ORDERINGS = (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
              ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b))


def _make_frozen_guards(cls, names):
    guarded = frozenset(names)

    def __setattr__(self, name, value):
        if type(self) is cls or name in guarded:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in guarded:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _make_hash(values):
    def __hash__(self):
        return hash(values(self))
    return __hash__


def _decide_hash(cls, eq, frozen, unsafe_hash, explicit, data_fields):
    """Apply the rules of the dataclass() documentation for __hash__."""
    if unsafe_hash:
        if explicit:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
    elif not eq or explicit:
        return
    elif not frozen:
        cls.__hash__ = None
        return
    hashed = [f.name for f in data_fields if (f.compare if f.hash is None else f.hash)]
    cls.__hash__ = _adopt(cls, _make_hash(_value_tuple(hashed)), '__hash__')


# ---- the class docstring: the text of its constructor's signature --------------------

def _annotation_text(annotation):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, _GenericAlias):
        return repr(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _signature_text(function):
    code = getattr(function, '__code__', None)
    if code is None:
        return '()'
    npos, nkw = code.co_argcount, code.co_kwonlyargcount
    names = code.co_varnames[:npos + nkw]
    notes = getattr(function, '__annotations__', None) or {}
    pos_defaults = function.__defaults__ or ()
    kw_defaults = function.__kwdefaults__ or {}
    first_default = npos - len(pos_defaults)
    shown = []
    for index, name in enumerate(names):
        if index == 0:
            continue   # self
        if index == npos:
            shown.append('*')
        if index < npos:
            default = pos_defaults[index - first_default] if index >= first_default else MISSING
        else:
            default = kw_defaults.get(name, MISSING)
        text = name
        if name in notes:
            text = f'{name}: {_annotation_text(notes[name])}'
        if default is not MISSING:
            text += (' = ' if name in notes else '=') + repr(default)
        shown.append(text)
    return '(' + ', '.join(shown) + ')'


# ---- __slots__ ----------------------------------------------------------------------

def _slot_names(cls):
    declared = cls.__dict__.get('__slots__')
    if declared is None:
        return ('__dict__', '__weakref__')
    if isinstance(declared, str):
        return (declared,)
    if hasattr(declared, '__next__'):
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    return tuple(declared)


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for fld, value in zip(fields(self), state):
        object.__setattr__(self, fld.name, value)


def _rebuild_with_slots(cls, frozen, weakref_slot):
    """Return a copy of cls that stores its fields in __slots__."""
    names = [f.name for f in fields(cls)]
    taken = set()
    for base in cls.__mro__[1:-1]:
        taken.update(_slot_names(base))
    wanted = names + ['__weakref__'] if weakref_slot else names
    namespace = dict(cls.__dict__)
    for name in names + ['__dict__', '__weakref__']:
        namespace.pop(name, None)
    namespace['__slots__'] = tuple(name for name in wanted if name not in taken)
    qualname = getattr(cls, '__qualname__', None)
    rebuilt = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        rebuilt.__qualname__ = qualname
    if frozen:
        # Without __dict__ the default pickling cannot restore frozen fields.
        if '__getstate__' not in namespace:
            rebuilt.__getstate__ = _dataclass_getstate
        if '__setstate__' not in namespace:
            rebuilt.__setstate__ = _dataclass_setstate
    return rebuilt


# ---- the decorator --------------------------------------------------------------------

def _decorate(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
              weakref_slot):
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen,
                                           match_args, kw_only, slots, weakref_slot))
    all_fields = _collect_fields(cls, kw_only, frozen)
    setattr(cls, _FIELDS, all_fields)

    own_hash = cls.__dict__.get('__hash__', MISSING)
    explicit_hash = own_hash is not MISSING and not (own_hash is None
                                                     and '__eq__' in cls.__dict__)
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    init_fields = [f for f in all_fields.values() if f._field_type is not _FIELD_CLASSVAR]
    data_fields = [f for f in init_fields if f._field_type is _FIELD]
    compared = _value_tuple([f.name for f in data_fields if f.compare])

    if init:
        _attach(cls, '__init__', _build_init(cls, init_fields, frozen, slots))
    if repr:
        _attach(cls, '__repr__', _make_repr([f.name for f in data_fields if f.repr]))
    if eq:
        _attach(cls, '__eq__', _make_comparison(compared, lambda a, b: a == b))
    if order:
        for name, compare in _ORDERINGS:
            if _attach(cls, name, _make_comparison(compared, compare)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        guards = _make_frozen_guards(cls, [f.name for f in data_fields])
        for name, function in zip(('__setattr__', '__delattr__'), guards):
            if _attach(cls, name, function):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')
    _decide_hash(cls, eq, frozen, unsafe_hash, explicit_hash, data_fields)

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _signature_text(cls.__init__)
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in init_fields if f.init and not f.kw_only)
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _rebuild_with_slots(cls, frozen, weakref_slot)
    if hasattr(cls, '__abstractmethods__'):
        import abc
        abc.update_abstractmethods(cls)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Turn a class with annotated fields into a data class.

    Used bare (@dataclass) or with options (@dataclass(order=True)).  The
    options choose the generated methods: init, repr, eq, order (the four
    orderings), unsafe_hash (force a __hash__), frozen (assignment to fields
    raises FrozenInstanceError), match_args (__match_args__), kw_only (every
    field keyword-only), slots (return a new class using __slots__) and
    weakref_slot (give that class a __weakref__ slot).
    """
    def decorate(target):
        return _decorate(target, init, repr, eq, order, unsafe_hash, frozen, match_args,
                         kw_only, slots, weakref_slot)

    return decorate if cls is None else decorate(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass (or of an instance's class), in order,
    leaving out ClassVar and InitVar pseudo-fields."""
    try:
        table = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple([f for f in table.values() if f._field_type is _FIELD])


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass and for an instance of one."""
    return hasattr(obj if isinstance(obj, type) else type(obj), _FIELDS)


# ---- asdict / astuple ---------------------------------------------------------------

_SHARED_AS_IS = frozenset([type(None), bool, int, float, complex, str, bytes, type,
                           range, property, type(Ellipsis), type(NotImplemented),
                           type(len), type(_is_dataclass_instance),
                           type(_is_dataclass_instance.__code__)])


def _convert(obj, pack):
    """Deep-copy obj, turning each nested dataclass instance into pack(pairs)."""
    kind = type(obj)
    if kind in _SHARED_AS_IS:
        return obj
    if hasattr(kind, _FIELDS):
        return pack([(f.name, _convert(getattr(obj, f.name), pack)) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        items = [_convert(item, pack) for item in obj]
        if isinstance(obj, tuple) and hasattr(obj, '_fields'):
            return kind(*items)   # a named tuple takes its items as arguments
        return kind(items)
    if isinstance(obj, dict):
        pairs = [(_convert(k, pack), _convert(v, pack)) for k, v in obj.items()]
        if hasattr(kind, 'default_factory'):
            result = kind(obj.default_factory)
            for key, value in pairs:
                result[key] = value
            return result
        return kind(pairs)
    import copy
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a dict of its fields, recursing into nested
    dataclasses, lists, tuples and dicts; other values are deep-copied."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a tuple of its field values, converted as asdict()
    converts them."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, lambda pairs: tuple_factory([value for _, value in pairs]))


# ---- make_dataclass / replace -------------------------------------------------------

def _caller_module():
    try:
        return sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Create a dataclass named cls_name at run time.

    Each entry of fields is a name, a (name, type) pair or a (name, type,
    Field) triple; a bare name gets the annotation 'typing.Any'.  bases and
    namespace are those of the new class; the other options are dataclass()'s.
    """
    import keyword
    import types
    annotations = {}
    specs = {}
    for entry in fields:
        if isinstance(entry, str):
            name, annotation = entry, 'typing.Any'
        elif len(entry) == 2:
            name, annotation = entry
        elif len(entry) == 3:
            name, annotation, specs[entry[0]] = entry
        else:
            raise TypeError(f'Invalid field: {entry!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = annotation

    def fill(body):
        body.update(namespace or {})
        body.update(specs)
        body['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, fill)
    if module is None:
        module = _caller_module()
    if module is not None:
        cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance of obj's dataclass with the given fields changed and the
    rest taken from obj (InitVars without a default must be passed)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for fld in getattr(obj, _FIELDS).values():
        name = fld.name
        if fld._field_type is _FIELD_CLASSVAR:
            continue
        if not fld.init:
            if name in changes:
                raise ValueError(f'field {name} is declared with '
                                 'init=False, it cannot be specified with replace()')
        elif name not in changes:
            if fld._field_type is _FIELD_INITVAR and fld.default is MISSING:
                raise ValueError(f"InitVar {name!r} must be specified with replace()")
            changes[name] = getattr(obj, name)
    return obj.__class__(**changes)

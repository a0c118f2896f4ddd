"""Enumerations: named constant members grouped in a class (Sanca's enum module).

A class deriving from Enum is built by the EnumType metaclass.  The class body
runs in an _EnumDict, which decides which names become members and resolves
auto() values; EnumType.__new__ then turns each member entry into an instance
of the new class.  Flag adds bitwise composition of members.
"""

import sys as _sys
import builtins as _builtins
from types import DynamicClassAttribute as _DynamicClassAttribute

__all__ = [
    'EnumType', 'EnumMeta',
    'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'pickle_by_global_name', 'pickle_by_enum_name',
]

_mappingproxy = type(type.__dict__)

# The metaclass consults these classes; they are None until this module defines them.
Enum = ReprEnum = Flag = None
STRICT = CONFORM = EJECT = KEEP = None


class nonmember:
    """Wraps a class-body value so that it stays a plain attribute."""

    def __init__(self, value):
        self.value = value


class member:
    """Wraps a class-body value (a function, say) so that it becomes a member."""

    def __init__(self, value):
        self.value = value


class _Marker:
    __slots__ = ('text',)

    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return self.text


_auto_null = _Marker('_auto_null')
_not_given = _Marker('<not given>')


class auto:
    """Placeholder for a member value chosen by _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f'auto({self.value!r})'


# ---- bits ---------------------------------------------------------------------------

def _single_bit(number):
    return number != 0 and number & (number - 1) == 0


def _bits_low_first(number):
    while number:
        lowest = number & -number
        yield lowest
        number ^= lowest


def show_flag_values(value):
    """The powers of two that make up value, lowest first."""
    return list(_bits_low_first(value))


def bin(num, max_bits=None):
    """Two's-complement binary text of num: '0b' and a sign bit, a space, then
    the digits (sign-extended to max_bits when that is wider)."""
    num = num.__index__()
    width = num.bit_length()
    sign = '1' if num < 0 else '0'
    digits = format(num & ((1 << width) - 1), 'b').zfill(width) if width else ''
    if max_bits is not None and len(digits) < max_bits:
        digits = digits.rjust(max_bits, sign)
    return f'0b{sign} {digits}'


# ---- enum.property --------------------------------------------------------------------

class property(_DynamicClassAttribute):
    """A property of members that is looked up on the class as a member.

    Through a member it acts as the builtin property; through the class it
    gives the member of that name, so members may be called 'name' or 'value'.
    """

    member = None
    # Set when the property stands for a member named like an attribute of a base:
    # 'attr' (a plain attribute of _cls_type) or 'desc' (a descriptor of the value).
    _attr_type = None
    _cls_type = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is None:
                raise AttributeError(f'{ownerclass!r} has no attribute {self.name!r}')
            return self.member
        if self.fget is not None:
            return self.fget(instance)
        if self._attr_type == 'attr':
            return getattr(self._cls_type, self.name)
        if self._attr_type == 'desc':
            return getattr(instance._value_, self.name)
        try:
            return ownerclass._member_map_[self.name]
        except KeyError:
            raise AttributeError(f'{ownerclass!r} has no attribute {self.name!r}') from None

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(f'<enum {self.clsname!r}> cannot set attribute {self.name!r}')
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(
                f'<enum {self.clsname!r}> cannot delete attribute {self.name!r}')
        return self.fdel(instance)


# ---- the class-body namespace ---------------------------------------------------------

def _dunder(name):
    return (len(name) > 4 and name.startswith('__') and name.endswith('__')
            and name[2] != '_' and name[-3] != '_')


def _sunder(name):
    return (len(name) > 2 and name[0] == '_' == name[-1]
            and name[1] != '_' and name[-2] != '_')


def _mangled_private(class_name, name):
    prefix = '_' + class_name.lstrip('_') + '__'
    return name.startswith(prefix) and len(name) > len(prefix) and not name.endswith('__')


def _nested_class(class_name, value):
    if not isinstance(value, type):
        return False
    expected = f'{class_name}.{value.__name__}'
    qualname = getattr(value, '__qualname__', '')
    return qualname == expected or qualname.endswith('.' + expected)


def _plain_attribute(value):
    return any(hasattr(value, hook) for hook in ('__get__', '__set__', '__delete__'))


_SUNDER_ALLOWED = frozenset(['_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
                             '_ignore_', '_iter_member_', '_iter_member_by_value_',
                             '_iter_member_by_def_'])


def _name_list(spec):
    if isinstance(spec, str):
        return spec.replace(',', ' ').split()
    return list(spec)


class _EnumDict(dict):
    """Namespace of an enum class body: records the member names in order."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._generate_next_value = None
        self._cls_name = None

    def __setitem__(self, key, value):
        if _mangled_private(self._cls_name, key):
            pass
        elif _sunder(key):
            value = self._special(key, value)
        elif _dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _plain_attribute(value):
            pass
        else:
            value = self._new_member(key, value)
        super().__setitem__(key, value)

    def _special(self, key, value):
        if key not in _SUNDER_ALLOWED:
            raise ValueError(f'_sunder_ names, such as {key!r}, are reserved for future Enum use')
        if key == '_generate_next_value_':
            if self._auto_called:
                raise TypeError('_generate_next_value_ must be defined before members')
            self._generate_next_value = getattr(value, '__func__', value)
        elif key == '_ignore_':
            names = _name_list(value)
            clash = set(names) & set(self._member_names)
            if clash:
                raise ValueError(f'_ignore_ cannot specify already set names: {clash!r}')
            self._ignore = names
            value = names
        return value

    def _new_member(self, key, value):
        if key in self:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        if _nested_class(self._cls_name, value):
            import warnings
            warnings.warn('In 3.13 classes created inside an enum will not become a member.  '
                          'Use the `member` decorator to keep the current behavior.',
                          DeprecationWarning, stacklevel=3)
        if isinstance(value, member):
            value = value.value
        if isinstance(value, auto):
            value = self._resolve_auto(key, value)
        elif type(value) is tuple and any(isinstance(item, auto) for item in value):
            value = tuple([self._resolve_auto(key, item) if isinstance(item, auto) else item
                           for item in value])
        else:
            self._last_values.append(value)
        self._member_names[key] = None
        return value

    def _resolve_auto(self, key, placeholder):
        if placeholder.value is _auto_null:
            placeholder.value = self._generate_next_value(
                key, 1, len(self._member_names), self._last_values[:])
            self._auto_called = True
        self._last_values.append(placeholder.value)
        return placeholder.value

    def update(self, members=(), **more_members):
        pairs = ([(name, members[name]) for name in members.keys()]
                 if hasattr(members, 'keys') else members)
        for name, value in pairs:
            self[name] = value
        for name, value in more_members.items():
            self[name] = value


# ---- the metaclass --------------------------------------------------------------------

class _PendingMember:
    # Stands in the class namespace for a member; type.__new__ calls __set_name__
    # before __init_subclass__, so the members exist by then.
    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, name):
        _install_member(enum_class, name, self.value)


def _known_enum_new():
    return Enum.__new__ if Enum is not None else None


def _member_constructor(namespace, member_type, first_enum):
    """The callable that creates members, and whether the class body defined it."""
    own = namespace.get('__new__')
    if own is not None:
        return getattr(own, '__func__', own), first_enum is not None
    skip = (None, None.__new__, object.__new__, _known_enum_new())
    for attr in ('__new_member__', '__new__'):
        for holder in (member_type, first_enum):
            found = getattr(holder, attr, None)
            if all(found is not other for other in skip):
                return getattr(found, '__func__', found), False
    return object.__new__, False


def _dataclass_value_repr(self):
    spec = self.__dataclass_fields__
    return ', '.join([f'{name}={getattr(self, name)!r}' for name in spec if spec[name].repr])


def _value_repr_for(bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                return base._value_repr_
            if '__repr__' in base.__dict__:
                if '__dataclass_fields__' in base.__dict__:
                    return _dataclass_value_repr
                return base.__dict__['__repr__']
    return None


def _data_type_of(class_name, bases):
    found = set()
    for chain in bases:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    found.add(base._member_type_)
                    break
            elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                found.add(candidate or base)
                break
            else:
                candidate = candidate or base
    if len(found) > 1:
        raise TypeError(f'too many data types for {class_name!r}: {found!r}')
    return found.pop() if found else object


def _refuse_extending(class_name, bases):
    for chain in bases:
        for base in chain.__mro__:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f'<enum {class_name!r}> cannot extend {base!r}')


def _mixins(class_name, bases):
    """The data type of the members and the last base (the enum to build on)."""
    if not bases:
        return object, Enum
    _refuse_extending(class_name, bases)
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError('new enumerations should be created as '
                        '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
    return _data_type_of(class_name, bases), last


def _is_flag_class(cls):
    return Flag is not None and issubclass(cls, Flag)


class EnumType(type):
    """Metaclass of Enum: builds enum classes and gives them their class behaviour."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        _refuse_extending(cls, bases)
        namespace = _EnumDict()
        namespace._cls_name = cls
        first_enum = _mixins(cls, bases)[1]
        if first_enum is not None:
            namespace['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_',
                                                         None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, dict(classdict), **kwds)
        dropped = set(getattr(classdict, '_ignore', ())) | {'_ignore_'}
        names = list(getattr(classdict, '_member_names', ()))
        bad = [name for name in names if name in ('mro', '')]
        if bad:
            raise ValueError('invalid enum member name(s) ' + ','.join(map(repr, bad)))
        member_type, first_enum = _mixins(cls, bases)
        namespace = {key: value for key, value in classdict.items() if key not in dropped}
        make, made_here = _member_constructor(namespace, member_type, first_enum)
        order = namespace.pop('_order_', None)
        for name in names:
            namespace[name] = _PendingMember(namespace[name])
        if Flag is None:
            flag = cls == 'Flag' and classdict.get('__module__') == __name__
        else:
            flag = any(isinstance(b, EnumType) and issubclass(b, Flag) for b in bases)
        namespace.update(_new_member_=make, _use_args_=make is not object.__new__,
                         _member_names_=[], _member_map_={}, _value2member_map_={},
                         _unhashable_values_=[], _member_type_=member_type,
                         _value_repr_=_value_repr_for(bases))
        if flag:
            namespace.update(_boundary_=boundary or getattr(first_enum, '_boundary_', None),
                             _flag_mask_=0, _singles_mask_=0, _all_bits_=0, _inverted_=None)

        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)

        if Enum is not None:
            if made_here:
                enum_class.__new_member__ = make
            type.__setattr__(enum_class, '__new__', Enum.__new__)
            _choose_display_methods(enum_class, namespace, member_type, first_enum, bases)
        if flag:
            _finish_flag_class(enum_class, namespace, boundary)
        if order is not None:
            order = _name_list(order)
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  '
                                f'{enum_class._member_names_!r}\n  {order!r}')
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=_not_given, *values, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        """Look up a member by value, or (with names) create a new enum class."""
        if cls._member_map_:
            if names is not _not_given:
                value = (value, names) + values
            return cls.__new__(cls, value)
        if names is _not_given and type is None:
            raise TypeError(f'{cls} has no members; specify `names=()` if you meant to create '
                            'a new, empty, enum')
        return cls._create_(value, None if names is _not_given else names, module=module,
                            qualname=qualname, type=type, start=start, boundary=boundary)

    def __contains__(cls, value):
        """Whether value is a member of cls or the value of one."""
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return value in cls._unhashable_values_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f'{cls.__name__!r} cannot delete member {attr!r}.')
        super().__delattr__(attr)

    def __dir__(cls):
        shown = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__', '__len__',
                 '__members__', '__module__', '__name__', '__qualname__'}
        shown.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            shown.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            shown.add('__init_subclass__')
        if cls._member_type_ is not object:
            shown.update(dir(cls._member_type_))
        return sorted(shown)

    def __getitem__(cls, name):
        """The member called name."""
        return cls._member_map_[name]

    def __iter__(cls):
        """The members (not aliases), in definition order."""
        table = cls._member_map_
        return (table[name] for name in cls._member_names_)

    def __len__(cls):
        """How many members (not aliases) there are."""
        return len(cls._member_names_)

    @_builtins.property
    def __members__(cls):
        """Read-only mapping of every member name, aliases included, to its member."""
        return _mappingproxy(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if _is_flag_class(cls) else 'enum'
        return f'<{kind} {cls.__name__!r}>'

    def __reversed__(cls):
        """The members (not aliases), last defined first."""
        table = cls._member_map_
        return (table[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """The functional API: build an enum class named class_name from names."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        first_enum = _mixins(class_name, bases)[1]
        body = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = _name_list(names)
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            chosen = []
            for count, name in enumerate(names):
                chosen.append(first_enum._generate_next_value_(name, start, count, chosen[:]))
            names = list(zip(names, chosen))
        for entry in names or ():
            if isinstance(entry, str):
                body[entry] = names[entry]
            else:
                name, value = entry
                body[name] = value
        if module is None:
            try:
                module = _sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                module = '__main__'
        body['__module__'] = module
        if qualname is not None:
            body['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, body, boundary=boundary)


EnumMeta = EnumType


def _choose_display_methods(enum_class, namespace, member_type, first_enum, bases):
    """Members show as enum members unless the class itself says otherwise; a
    ReprEnum keeps its data type's str() and format()."""
    for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
        if name in namespace:
            continue
        current = getattr(enum_class, name)
        if current is getattr(member_type, name) or current is getattr(object, name):
            type.__setattr__(enum_class, name, getattr(first_enum, name))
    if ReprEnum is not None and ReprEnum in bases:
        if member_type is object:
            raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e.'
                            ' int, str, float, etc.)')
        if '__format__' not in namespace:
            type.__setattr__(enum_class, '__format__', member_type.__format__)
        if '__str__' not in namespace:
            text = member_type.__str__
            if text is object.__str__:
                text = member_type.__repr__
            type.__setattr__(enum_class, '__str__', text)


def _install_member(enum_class, name, value):
    """Create the member called name from its class-body value and register it."""
    args = value if isinstance(value, tuple) else (value,)
    member_type = enum_class._member_type_
    if member_type is tuple:
        args = (args,)   # a tuple member is built from the whole value
    make = enum_class._new_member_
    created = make(enum_class, *args) if enum_class._use_args_ else make(enum_class)
    if not hasattr(created, '_value_'):
        if member_type is object:
            created._value_ = value
        else:
            try:
                created._value_ = member_type(*args)
            except Exception as exc:
                raise TypeError('_value_ not set in __new__, unable to create it') from exc
    value = created._value_
    created._name_ = name
    created.__objclass__ = enum_class
    created.__init__(*args)
    created._sort_order_ = len(enum_class._member_names_)

    is_flag = _is_flag_class(enum_class)
    if is_flag:
        created._inverted_ = None
        if isinstance(value, int):
            enum_class._flag_mask_ |= value
            if _single_bit(value):
                enum_class._singles_mask_ |= value

    canonical = _find_by_value(enum_class, value)
    if canonical is not None:
        created = canonical   # an alias
    elif not is_flag or (isinstance(value, int) and _single_bit(value)):
        enum_class._member_names_.append(name)

    _expose_member(enum_class, name, created)
    enum_class._member_map_[name] = created
    try:
        enum_class._value2member_map_.setdefault(value, created)
    except TypeError:
        enum_class._unhashable_values_.append(value)


def _find_by_value(enum_class, value):
    try:
        return enum_class._value2member_map_.get(value)
    except TypeError:
        for existing in enum_class._member_map_.values():
            if existing._value_ == value:
                return existing
        return None


def _expose_member(enum_class, name, created):
    """Make the member an attribute of its class.  Where a base has a descriptor
    of that name (Enum's own 'name' and 'value', str.upper for a StrEnum), an
    enum.property gives the member through the class and the base's attribute
    through instances."""
    inherited = kind = owner = None
    for base in enum_class.__mro__[1:]:
        found = base.__dict__.get(name)
        if found is None:
            continue
        if isinstance(found, (_builtins.property, _DynamicClassAttribute)):
            inherited, kind, owner = found, 'enum', base
            break
        if _plain_attribute(found):
            inherited = found
            kind = kind or 'desc'
            owner = owner or base
        else:
            kind, owner = 'attr', base
    if inherited is None:
        type.__setattr__(enum_class, name, created)
        return
    bridge = property()
    if kind != 'attr':
        bridge.fget = getattr(inherited, 'fget', None)
        bridge.fset = getattr(inherited, 'fset', None)
        bridge.fdel = getattr(inherited, 'fdel', None)
    bridge.member = created
    bridge._attr_type, bridge._cls_type = kind, owner
    bridge.__set_name__(enum_class, name)
    type.__setattr__(enum_class, name, bridge)


def _finish_flag_class(enum_class, namespace, boundary):
    for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
        if Flag is not None and op not in namespace:
            # Flag's operators must win over a data type's (int.__or__ for IntFlag).
            type.__setattr__(enum_class, op, Flag.__dict__[op])
    enum_class._boundary_ = boundary or enum_class._boundary_ or STRICT
    enum_class._all_bits_ = (1 << enum_class._flag_mask_.bit_length()) - 1
    values = [m._value_ for m in enum_class]
    if values != sorted(values):
        enum_class._iter_member_ = enum_class._iter_member_by_def_


# ---- Enum -----------------------------------------------------------------------------

class Enum(metaclass=EnumType):
    """Base class of enumerations.

    Members are the class attributes of a subclass body; Color.RED,
    Color(1) (by value) and Color['RED'] (by name) all give the member.
    """

    def __new__(cls, value):
        # Replaces __new__ on every enum class: calling the class looks members up.
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        not_found = ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        try:
            found = cls._missing_(value)
        except Exception as failure:
            if not isinstance(failure, ValueError):
                failure.__context__ = not_found
            raise failure
        if isinstance(found, cls):
            return found
        if (_is_flag_class(cls) and cls._boundary_ is EJECT and isinstance(found, int)):
            return found
        if found is None:
            raise not_found
        failure = TypeError(f'error in {cls.__name__}._missing_: returned {found!r} '
                            'instead of None or a valid member')
        failure.__context__ = not_found
        raise failure

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """One more than the last value; start for the first member."""
        if not last_values:
            return start
        try:
            last = last_values[-1]
            if last == sorted(last_values)[-1]:
                return last + 1
        except TypeError:
            pass
        import warnings
        warnings.warn('In 3.13 the default `auto()`/`_generate_next_value_` will require all '
                      'values to be sortable and support adding +1\nand the value returned '
                      'will be the largest value in the enum incremented by 1',
                      DeprecationWarning, stacklevel=5)
        try:
            ordered = sorted(last_values)
        except TypeError:
            ordered = last_values
        for candidate in reversed(ordered):
            try:
                return candidate + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        show = type(self)._value_repr_ or repr
        return f'<{type(self).__name__}.{self._name_}: {show(self._value_)}>'

    def __str__(self):
        return f'{type(self).__name__}.{self._name_}'

    def __dir__(self):
        table = self._member_map_
        shown = set() if self._member_type_ is object else set(object.__dir__(self))
        shown.update(key for key in getattr(self, '__dict__', ())
                     if not key.startswith('_') and key not in table)
        for klass in type(self).mro():
            for key, attr in klass.__dict__.items():
                if key.startswith('_'):
                    continue
                if isinstance(attr, property) and attr.fget is None and key in table:
                    shown.discard(key)
                elif isinstance(attr, property) or key not in table:
                    shown.add(key)
        shown.update(('__class__', '__doc__', '__eq__', '__hash__', '__module__'))
        return sorted(shown)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type; only repr()
    shows the member."""


class IntEnum(int, ReprEnum):
    """Enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are strs; auto() gives the lower-cased member name."""

    def __new__(cls, *values):
        count = len(values)
        if count > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if count == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        if count >= 2 and not isinstance(values[1], str):
            raise TypeError(f'encoding must be a string, not {values[1]!r}')
        if count == 3 and not isinstance(values[2], str):
            raise TypeError(f'errors must be a string, not {values[2]!r}')
        text = str(*values)
        created = str.__new__(cls, text)
        created._value_ = text
        return created

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def pickle_by_global_name(self, proto):
    """A __reduce_ex__ that pickles a member as the global of its name."""
    return self.name


_reduce_ex_by_global_name = pickle_by_global_name


def pickle_by_enum_name(self, proto):
    """A __reduce_ex__ that pickles a member as getattr(its class, its name)."""
    return getattr, (type(self), self._name_)


class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits no member covers:
    STRICT raises ValueError, CONFORM drops the bits, EJECT returns a plain
    int, KEEP keeps them in the flag."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


# ---- Flag -----------------------------------------------------------------------------

class Flag(Enum, boundary=STRICT):
    """Enum whose members combine with |, & , ^ and ~ into composite members."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """The next power of two above the values so far."""
        if not count:
            return 1 if start is None else start
        highest = max(last_values)
        try:
            top = highest.bit_length()
        except Exception:
            raise TypeError(f'invalid flag value {highest!r}') from None
        return 1 << top

    @classmethod
    def _iter_member_by_value_(cls, value):
        """The members whose bits are in value, lowest value first."""
        table = cls._value2member_map_
        for bit in _bits_low_first(value & cls._flag_mask_):
            yield table.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """The members whose bits are in value, in definition order."""
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """Build (and remember) the composite member for an int value."""
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        mask, everything, rule = cls._flag_mask_, cls._all_bits_, cls._boundary_
        if not ~everything <= value <= everything or value & (everything ^ mask):
            if rule is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError(f'{cls!r} invalid value {value!r}\n'
                                 f'    given {bin(value, width)}\n'
                                 f'  allowed {bin(mask, width)}')
            if rule is CONFORM:
                value &= mask
            elif rule is EJECT:
                return value
            elif rule is KEEP:
                if value < 0:
                    value += max(everything + 1, 1 << value.bit_length())
            else:
                raise ValueError(f'{cls!r} unknown flag boundary {rule!r}')
        return _flag_composite(cls, value)

    def __contains__(self, other):
        """Whether every flag set in other is set in self."""
        if not isinstance(other, type(self)):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f'{type(other).__qualname__!r} and {type(self).__qualname__!r}')
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        """The single-flag members that make up self."""
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        show = type(self)._value_repr_ or repr
        if self._name_ is None:
            return f'<{type(self).__name__}: {show(self._value_)}>'
        return f'<{type(self).__name__}.{self._name_}: {show(self._value_)}>'

    def __str__(self):
        if self._name_ is None:
            return f'{type(self).__name__}({self._value_!r})'
        return f'{type(self).__name__}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        bits = _flag_operand(self, other)
        return NotImplemented if bits is None else type(self)(self._value_ | bits)

    def __and__(self, other):
        bits = _flag_operand(self, other)
        return NotImplemented if bits is None else type(self)(self._value_ & bits)

    def __xor__(self, other):
        bits = _flag_operand(self, other)
        return NotImplemented if bits is None else type(self)(self._value_ ^ bits)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ is EJECT or self._boundary_ is KEEP:
                bits = ~self._value_
            else:
                bits = self._singles_mask_ & ~self._value_
            self._inverted_ = type(self)(bits)
        return self._inverted_

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _flag_composite(cls, value):
    """The member of flag class cls for an int value, made and cached if new."""
    negative = None
    if value < 0:
        negative = value
        value += cls._all_bits_ + 1
    singles = cls._singles_mask_
    outside = value & ~cls._flag_mask_
    if outside and cls._boundary_ is not KEEP:
        raise ValueError(f'{cls.__name__}({value!r}) -->  unknown values {outside!r} '
                         f'[{_builtins.bin(outside)}]')
    if cls._member_type_ is object:
        pseudo = object.__new__(cls)
    else:
        pseudo = cls._member_type_.__new__(cls, value)
    if not hasattr(pseudo, '_value_'):
        pseudo._value_ = value
    pseudo._inverted_ = None
    pseudo._name_ = _flag_composite_name(cls, value & singles, value & ~singles)
    pseudo = cls._value2member_map_.setdefault(value, pseudo)
    if negative is not None:
        cls._value2member_map_[negative] = pseudo
    return pseudo


def _flag_composite_name(cls, single_bits, other_bits):
    # Names of the members covering the bits, then any bits left over as a number.
    if not single_bits and not other_bits:
        return None
    parts = list(cls._iter_member_(single_bits))
    covered = 0
    for part in parts:
        covered |= part._value_
    wanted = single_bits | other_bits
    if other_bits:
        for candidate in cls._member_map_.values():
            bits = candidate._value_
            if candidate not in parts and bits and bits & wanted == bits:
                parts.append(candidate)
                covered |= bits
    if not covered:
        return None
    left = wanted ^ covered
    label = '|'.join([part._name_ for part in parts])
    if left:
        if cls._boundary_ is STRICT:
            raise ValueError(f'{cls!r}: no members with value {left!r}')
        label += '|' + cls._numeric_repr_(left)
    return label


def _flag_operand(self, other):
    if isinstance(other, type(self)):
        return other._value_
    if self._member_type_ is not object and isinstance(other, self._member_type_):
        return other
    return None


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are ints and mix with ints in bitwise operations."""


# ---- decorators and helpers -----------------------------------------------------------

def _alias_pairs(enumeration):
    return [(alias, target.name) for alias, target in enumeration.__members__.items()
            if alias != target.name]


def _alias_text(pairs):
    return ', '.join([f'{alias} -> {name}' for alias, name in pairs])


def unique(enumeration):
    """Class decorator: raise ValueError if any member is an alias of another."""
    pairs = _alias_pairs(enumeration)
    if pairs:
        raise ValueError(f'duplicate values found in {enumeration!r}: {_alias_text(pairs)}')
    return enumeration


def _module_prefix(member):
    return type(member).__module__.rsplit('.', 1)[-1]


def global_enum_repr(self):
    """repr() of a member as module.NAME (a module's last dotted part)."""
    return f'{_module_prefix(self)}.{self._name_}'


def global_flag_repr(self):
    """repr() of a flag as module.NAME|module.OTHER (a module's last dotted part)."""
    module = _module_prefix(self)
    if self._name_ is None:
        return f'{module}.{type(self).__name__}({self._value_!r})'
    if _single_bit(self._value_):
        return f'{module}.{self._name_}'
    keep_numbers = self._boundary_ is KEEP
    return '|'.join([part if keep_numbers and part[0].isdigit() else f'{module}.{part}'
                     for part in self._name_.split('|')])


def global_str(self):
    """str() of a member as its bare name."""
    if self._name_ is None:
        return f'{type(self).__name__}({self._value_!r})'
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: show members as module globals, and make them globals of
    the enum's module."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    _sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


class EnumCheck(StrEnum):
    """The properties verify() can check."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


def _gaps(enumeration, is_flag):
    values = {m.value for m in enumeration}
    if len(values) < 2:
        return []
    low, high = min(values), max(values)
    if is_flag:
        candidates = [1 << bit for bit in range(low.bit_length(), high.bit_length() - 1)]
    else:
        candidates = range(low + 1, high)
    return [value for value in candidates if value not in values]


def _unnamed_flag_bits(enumeration):
    canonical = set(enumeration._member_names_)
    named = [m.value for m in enumeration]
    culprits, bits = [], 0
    for name, target in enumeration._member_map_.items():
        if name in canonical or target.value < 0:
            continue
        lacking = [bit for bit in _bits_low_first(target.value) if bit not in named]
        if lacking:
            culprits.append(name)
            for bit in lacking:
                bits |= bit
    return culprits, bits


class verify:
    """Class decorator checking the EnumCheck properties given."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if _is_flag_class(enumeration):
            kind = 'flag'
        elif isinstance(enumeration, type) and issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                pairs = _alias_pairs(enumeration)
                if pairs:
                    raise ValueError(f'aliases found in {enumeration!r}: {_alias_text(pairs)}')
            elif check is CONTINUOUS:
                missing = _gaps(enumeration, kind == 'flag')
                if missing:
                    text = ', '.join(map(str, missing))
                    raise ValueError(f'invalid {kind} {enumeration.__name__!r}: '
                                     f'missing values {text}'[:256])
            elif check is NAMED_FLAGS:
                culprits, bits = _unnamed_flag_bits(enumeration)
                if culprits:
                    self._named_flags_error(enumeration, culprits, bits)
        return enumeration

    @staticmethod
    def _named_flags_error(enumeration, culprits, bits):
        if len(culprits) == 1:
            who = f'alias {culprits[0]} is missing'
        else:
            who = f'aliases {", ".join(culprits[:-1])} and {culprits[-1]} are missing'
        what = f'value 0x{bits:x}' if _single_bit(bits) else f'combined values of 0x{bits:x}'
        raise ValueError(f'invalid Flag {enumeration.__name__!r}: {who} {what} '
                         '[use enum.show_flag_values(value) for details]')

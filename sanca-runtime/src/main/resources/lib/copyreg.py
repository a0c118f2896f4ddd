"""Sanca's copyreg: the registry that pickle and copy consult.

It keeps the per-type reduction functions, the extension-code registry, and
the small reconstruction helpers that object.__reduce_ex__ refers to by name.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

# type -> function(obj) returning a reduce tuple
dispatch_table = {}


def _require_callable(candidate, what):
    if not callable(candidate):
        raise TypeError(what + " must be callable")


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Make pickle_function the reducer for instances of ob_type."""
    _require_callable(pickle_function, "reduction functions")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    """Check that object can serve as a constructor; nothing is recorded."""
    _require_callable(object, "constructors")


def pickle_complex(c):
    # A complex subclass pickles as a plain complex, as in CPython.
    parts = c.real, c.imag
    return complex, parts


def pickle_union(obj):
    # int | str | bytes is rebuilt by folding `|` over the member types.
    from functools import reduce
    from operator import or_
    return reduce, (or_, obj.__args__)


for _kind, _reducer in ((complex, pickle_complex), (type(int | str), pickle_union)):
    pickle(_kind, _reducer)
del _kind, _reducer


# -- protocols 0 and 1 -----------------------------------------------------

_HEAPTYPE = 1 << 9
_builtin_new_kind = type(int.__new__)


def _reconstructor(cls, base, state):
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(made, state)
    return made


def _first_builtin_base(cls):
    """The nearest class in cls's MRO whose instances are laid out by C/Java code."""
    for klass in cls.__mro__:
        flags = getattr(klass, "__flags__", None)
        if flags is not None and not flags & _HEAPTYPE:
            return klass
        maker = klass.__new__
        if isinstance(maker, _builtin_new_kind) and maker.__self__ is klass:
            return klass
    return object


def _state_for_old_protocols(obj, cls, proto):
    has_slots = bool(getattr(obj, "__slots__", None))
    fetch = getattr(obj, "__getstate__", None)
    if fetch is None:
        if has_slots:
            raise TypeError(f"cannot pickle {cls.__name__!r} object: "
                            f"a class that defines __slots__ without "
                            f"defining __getstate__ cannot be pickled "
                            f"with protocol {proto}")
        return getattr(obj, "__dict__", None)
    if has_slots and type(obj).__getstate__ is object.__getstate__:
        raise TypeError("a class that defines __slots__ without "
                        "defining __getstate__ cannot be pickled")
    return fetch()


def _reduce_ex(self, proto):
    """Reduce an instance of a Python class for pickle protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    base = _first_builtin_base(cls)
    if base is object:
        base_value = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        base_value = base(self)
    recipe = (_reconstructor, (cls, base, base_value))
    extra = _state_for_old_protocols(self, cls, proto)
    return recipe + (extra,) if extra else recipe


# -- protocols 2 and later -------------------------------------------------

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Create cls with positional and keyword arguments (pickle protocol 4)."""
    return cls.__new__(cls, *args, **kwargs)


def _mangled(owner, name):
    if name.startswith("__") and not name.endswith("__"):
        prefix = owner.__name__.lstrip("_")
        if prefix:
            return "_" + prefix + name
    return name


def _slotnames(cls):
    """Every slot name cls and its bases declare, mangled; cached on cls."""
    known = cls.__dict__.get("__slotnames__")
    if known is not None:
        return known
    found = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            declared = klass.__dict__.get("__slots__", ())
            if isinstance(declared, str):
                declared = (declared,)
            found.extend(_mangled(klass, n) for n in declared
                         if n not in ("__dict__", "__weakref__"))
    try:
        cls.__slotnames__ = found
    except Exception:
        pass
    return found


# -- extension codes -------------------------------------------------------

_extension_registry = {}   # (module, name) -> code
_inverted_registry = {}    # code -> (module, name)
_extension_cache = {}      # code -> object


def add_extension(module, name, code):
    """Give the global (module, name) the extension code `code`."""
    code = int(code)
    if code < 1 or code > 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    current = _extension_registry.get(key)
    owner = _inverted_registry.get(code)
    if current == code and owner == key:
        return
    if current is not None or key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, current))
    if owner is not None or code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, owner))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Withdraw a registration made by add_extension (meant for tests)."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key], _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()

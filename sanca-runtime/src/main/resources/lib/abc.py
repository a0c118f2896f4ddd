"""Abstract base classes (PEP 3119), Sanca's abc module.

A class made by ABCMeta records the names of its abstract methods in
__abstractmethods__ (object.__new__ refuses to instantiate it while any are
left), and answers isinstance()/issubclass() through its own subclasses, the
classes registered with it and its __subclasshook__.  Answers are cached per
ABC; registering anywhere invalidates the negative answers of every ABC.
"""


def abstractmethod(funcobj):
    """Decorator marking a method abstract: a class made by ABCMeta (or derived
    from ABC) cannot be instantiated until a subclass overrides it.  Put it
    innermost when combining with property, classmethod or staticmethod."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod over abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        super().__init__(abstractmethod(callable))


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod over abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        super().__init__(abstractmethod(callable))


class abstractproperty(property):
    """Deprecated: use property over abstractmethod."""
    __isabstractmethod__ = True


class _ClassSet:
    # Classes by identity: a class's own __eq__ or __hash__ must never run here.
    __slots__ = ('_by_id',)

    def __init__(self):
        self._by_id = {}

    def add(self, cls):
        self._by_id[id(cls)] = cls

    def __contains__(self, cls):
        return self._by_id.get(id(cls)) is cls

    def __iter__(self):
        return iter(list(self._by_id.values()))

    def __len__(self):
        return len(self._by_id)

    def clear(self):
        self._by_id.clear()


class _AbcState:
    """What one ABC remembers: its registered classes and its cached answers."""
    __slots__ = ('registry', 'yes', 'no', 'no_token')

    def __init__(self):
        self.registry = _ClassSet()
        self.yes = _ClassSet()
        self.no = _ClassSet()
        self.no_token = _token[0]

    def fresh_no(self):
        """The negative answers, emptied first if a registration happened since."""
        if self.no_token != _token[0]:
            self.no = _ClassSet()
            self.no_token = _token[0]
        return self.no


# Bumped by every register() on any ABC.
_token = [0]


def get_cache_token():
    """A value that changes whenever a class is registered with any ABC, so that
    callers caching isinstance() answers know when to drop them."""
    return _token[0]


def _state(cls):
    found = cls.__dict__.get('_abc_impl')
    if found is None:
        found = _AbcState()
        type.__setattr__(cls, '_abc_impl', found)
    return found


def _is_abstract(value):
    return getattr(value, '__isabstractmethod__', False)


def _abstract_names(cls):
    """Names abstract in cls: its own abstract attributes, and those its bases
    declared abstract that it has not replaced with concrete ones."""
    names = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        names.update(name for name in getattr(base, '__abstractmethods__', ())
                     if _is_abstract(getattr(cls, name, None)))
    return frozenset(names)


def _derives(cls, subclass):
    # Without a hook's verdict: real inheritance, then registrations (of cls
    # and, through issubclass, of its subclasses).
    if cls in getattr(subclass, '__mro__', ()):
        return True
    for registered in _state(cls).registry:
        if issubclass(subclass, registered):
            return True
    for derived in cls.__subclasses__():
        if issubclass(subclass, derived):
            return True
    return False


class ABCMeta(type):
    """Metaclass of abstract base classes.

    An ABC may be subclassed as usual (and then works as a mix-in), and other
    classes, even builtins, can be registered as its virtual subclasses.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)
        type.__setattr__(cls, '_abc_impl', _AbcState())
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC; returns subclass, so this
        also works as a class decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _state(cls).registry.add(subclass)
        _token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls), asking about both type(instance) and
        instance.__class__ when they differ."""
        claimed = instance.__class__
        state = _state(cls)
        if claimed in state.yes:
            return True
        actual = type(instance)
        if actual is not claimed:
            return cls.__subclasscheck__(claimed) or cls.__subclasscheck__(actual)
        if state.no_token == _token[0] and claimed in state.no:
            return False
        return cls.__subclasscheck__(claimed)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        state = _state(cls)
        if subclass in state.yes:
            return True
        if subclass in state.fresh_no():
            return False
        verdict = cls.__subclasshook__(subclass)
        if verdict is NotImplemented:
            verdict = _derives(cls, subclass)
        elif not isinstance(verdict, bool):
            raise AssertionError("__subclasshook__ must return either False, True, or "
                                 "NotImplemented")
        (state.yes if verdict else state.no).add(subclass)
        return verdict

    def _dump_registry(cls, file=None):
        """Print this ABC's registry and caches (a debugging aid)."""
        state = _state(cls)
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        for label, members in (('_abc_registry', state.registry), ('_abc_cache', state.yes),
                               ('_abc_negative_cache', state.no)):
            print(f"{label}: {set(members)!r}", file=file)
        print(f"_abc_negative_cache_version: {state.no_token!r}", file=file)

    def _abc_registry_clear(cls):
        """Forget the registered virtual subclasses (for tests)."""
        _state(cls).registry.clear()

    def _abc_caches_clear(cls):
        """Forget the cached answers (for tests)."""
        state = _state(cls)
        state.yes.clear()
        state.no.clear()


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after abstract methods were added to or
    implemented on an existing class (dataclass() uses this).  Classes that are
    not abstract base classes are left alone.  Returns cls."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _abstract_names(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Base class for abstract base classes: deriving from ABC gives a class the
    ABCMeta metaclass."""
    __slots__ = ()

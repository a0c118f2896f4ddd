"""Sanca's types module.

Gives names to the interpreter's built-in object kinds (each obtained from a
live specimen, so the names always match what the runtime really makes) and
offers the helpers that build classes the way a class statement does.
"""

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace',
           'CellType', 'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'MethodType',
           'BuiltinFunctionType', 'BuiltinMethodType', 'WrapperDescriptorType',
           'MethodWrapperType', 'MethodDescriptorType', 'ClassMethodDescriptorType',
           'ModuleType', 'TracebackType', 'FrameType', 'GetSetDescriptorType',
           'MemberDescriptorType', 'new_class', 'resolve_bases', 'prepare_class',
           'get_original_bases', 'DynamicClassAttribute', 'coroutine', 'GenericAlias',
           'UnionType', 'EllipsisType', 'NoneType', 'NotImplementedType']


def _specimens():
    """Build one object of each hard-to-reach kind and return their types."""
    import sys as system

    def plain(x):
        return lambda: x

    def gen():
        yield None

    async def coro():
        pass

    async def agen():
        yield None

    class Holder:
        def method(self):
            pass

    pending = coro()
    found = {
        'FunctionType': type(plain),
        'CodeType': type(plain.__code__),
        'CellType': type(plain(0).__closure__[0]),
        'GeneratorType': type(gen()),
        'CoroutineType': type(pending),
        'AsyncGeneratorType': type(agen()),
        'MethodType': type(Holder().method),
        'ModuleType': type(system),
        'SimpleNamespace': type(system.implementation),
    }
    pending.close()
    try:
        raise LookupError
    except LookupError as caught:
        tb = caught.__traceback__
        found['TracebackType'] = type(tb)
        found['FrameType'] = type(tb.tb_frame)
    return found


globals().update(_specimens())
del _specimens

LambdaType = FunctionType

# Each remaining name is the type of the specimen paired with it.
for _name, _specimen in (
        ('MappingProxyType', vars(type)),
        ('BuiltinFunctionType', print),
        ('BuiltinMethodType', [].sort),
        ('WrapperDescriptorType', vars(object)['__init__']),
        ('MethodWrapperType', object().__repr__),
        ('MethodDescriptorType', vars(str)['join']),
        ('ClassMethodDescriptorType', vars(dict)['fromkeys']),
        ('GetSetDescriptorType', vars(FunctionType)['__code__']),
        ('GenericAlias', tuple[str]),
        ('UnionType', str | None),
        ('EllipsisType', ...),
        ('NoneType', None),
        ('NotImplementedType', NotImplemented)):
    globals()[_name] = type(_specimen)
del _name, _specimen


class _Slotted:
    # A __slots__ member is a member_descriptor (FunctionType.__globals__, CPython's specimen,
    # is a getset here).
    __slots__ = ('member',)


MemberDescriptorType = type(_Slotted.member)
del _Slotted


if SimpleNamespace.__name__ != 'SimpleNamespace':
    # Only used when the runtime's sys.implementation is not a namespace object.
    class SimpleNamespace:
        """An object whose attributes are whatever keywords it was built with."""

        def __init__(self, /, *args, **kwargs):
            if args:
                raise TypeError("no positional arguments expected")
            vars(self).update(kwargs)

        def __repr__(self):
            label = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
            key = id(self)
            if key in _reprs_in_progress:
                return label + '(...)'
            _reprs_in_progress.add(key)
            try:
                fields = [f'{k}={v!r}' for k, v in vars(self).items()]
            finally:
                _reprs_in_progress.discard(key)
            return label + '(' + ', '.join(fields) + ')'

        def __eq__(self, other):
            if isinstance(other, SimpleNamespace):
                return vars(self) == vars(other)
            return NotImplemented

        __hash__ = None

        def __reduce__(self):
            return type(self), (), vars(self)

    SimpleNamespace.__module__ = 'types'
    _reprs_in_progress = set()


# -- building classes dynamically -----------------------------------------

def resolve_bases(bases):
    """Expand every non-class base that has __mro_entries__ (PEP 560).

    The original tuple is returned untouched when nothing needed expanding.
    """
    expanded = []
    changed = False
    for entry in bases:
        hook = None if isinstance(entry, type) else getattr(entry, "__mro_entries__", None)
        if hook is None:
            expanded.append(entry)
            continue
        replacement = hook(bases)
        changed = True
        if not isinstance(replacement, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        expanded.extend(replacement)
    return tuple(expanded) if changed else bases


def _most_derived_meta(candidate, bases):
    for base in bases:
        other = type(base)
        if issubclass(candidate, other):
            continue
        if not issubclass(other, candidate):
            raise TypeError("metaclass conflict: "
                            "the metaclass of a derived class "
                            "must be a (non-strict) subclass "
                            "of the metaclasses of all its bases")
        candidate = other
    return candidate


def prepare_class(name, bases=(), kwds=None):
    """Pick the metaclass and ask it for the class namespace.

    The answer is (metaclass, namespace, keywords), where keywords is a fresh
    dict of the given keywords without any 'metaclass' entry.
    """
    keywords = {} if kwds is None else dict(kwds)
    if 'metaclass' in keywords:
        meta = keywords.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _most_derived_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = {} if prepare is None else prepare(name, bases, **keywords)
    return meta, namespace, keywords


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a class statement with these bases and keywords would."""
    effective = resolve_bases(bases)
    meta, namespace, keywords = prepare_class(name, effective, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if effective is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, effective, namespace, **keywords)


def get_original_bases(cls, /):
    """The bases cls was written with, before __mro_entries__ replaced any."""
    try:
        own = cls.__dict__
        return own.get("__orig_bases__", cls.__bases__)
    except AttributeError:
        raise TypeError(
            f"Expected an instance of type, not {type(cls).__name__!r}"
        ) from None


class DynamicClassAttribute:
    """A property that only works on instances.

    Reading it through the class raises AttributeError, so the lookup falls
    through to the metaclass's __getattr__ (enum uses this so that members
    may be named like properties).
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if not self.__isabstractmethod__:
                raise AttributeError()
            return self
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _derive(self, fget, fset, fdel, doc):
        twin = type(self)(fget, fset, fdel, doc)
        twin.overwrite_doc = self.overwrite_doc
        return twin

    def getter(self, fget):
        doc = (fget.__doc__ if self.overwrite_doc else None) or self.__doc__
        return self._derive(fget, self.fset, self.fdel, doc)

    def setter(self, fset):
        return self._derive(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._derive(self.fget, self.fset, fdel, self.__doc__)


_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100
_CO_ASYNC_KINDS = _CO_COROUTINE | _CO_ITERABLE_COROUTINE


def coroutine(func):
    """Let a generator function's generators be awaited like coroutines."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if type(func) is FunctionType and type(code) is CodeType:
        flags = code.co_flags
        if not flags & _CO_ASYNC_KINDS and flags & _CO_GENERATOR:
            func.__code__ = code.replace(co_flags=flags | _CO_ITERABLE_COROUTINE)
    return func

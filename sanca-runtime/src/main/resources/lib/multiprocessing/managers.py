"""Manager: dicts, lists, namespaces, queues, values and locks that a process
shares with its children through proxies.

CPython's manager runs a server process; here the process that made the
manager serves its objects itself (see multiprocessing._shared), which its
children reach over their channels."""

from . import _shared
from .context import BaseContext

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'DictProxy', 'ListProxy', 'Namespace',
           'ValueProxy']

BaseProxy = _shared.BaseProxy


def _forwarding(*names):
    """Methods that call the kept object's method of the same name."""
    def make(name):
        def method(self, *args, **kwargs):
            return self._call(name, *args, **kwargs)
        method.__name__ = name
        return method
    return {name: make(name) for name in names}


class _ReferentText(BaseProxy):
    def __str__(self):
        return self._call('__str__')

    def __repr__(self):
        return f'<{type(self).__name__} object, typeid {self._typeid!r}>'


def _proxy_type(name, typeid, names):
    cls = type(name, (_ReferentText,), _forwarding(*names))
    cls._typeid = typeid
    cls.__module__ = __name__
    return cls


DictProxy = _proxy_type('DictProxy', 'dict', (
    '__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__', 'clear', 'copy',
    'get', 'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values'))
ListProxy = _proxy_type('ListProxy', 'list', (
    '__add__', '__contains__', '__delitem__', '__getitem__', '__len__', '__mul__',
    '__reversed__', '__rmul__', '__setitem__', 'append', 'count', 'extend', 'index', 'insert',
    'pop', 'remove', 'reverse', 'sort'))


class _KeptDict(dict):
    # Views do not pickle: what proxies ask for they get as lists.
    def listed_keys(self):
        return list(self.keys())

    def listed_values(self):
        return list(self.values())

    def listed_items(self):
        return list(self.items())


def _listing(method):
    def listed(self):
        return self._call(method)
    return listed


for _name in ('keys', 'values', 'items'):
    setattr(DictProxy, _name, _listing('listed_' + _name))
DictProxy.__iter__ = lambda self: iter(self.keys())
ListProxy.__iter__ = lambda self: iter(self[:])


def _in_place(method):
    def update(self, other):
        self._call(method, other)
        return self
    return update


ListProxy.__iadd__ = _in_place('extend')
ListProxy.__imul__ = _in_place('__imul__')


class Namespace:
    """A plain object whose attributes are the shared data."""

    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = [f'{k}={v!r}' for k, v in self.__dict__.items() if not k.startswith('_')]
        return f"{type(self).__name__}({', '.join(sorted(items))})"


class NamespaceProxy(BaseProxy):
    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return self._call('__getattribute__', name)

    def __setattr__(self, name, value):
        if name.startswith('_'):
            object.__setattr__(self, name, value)
        else:
            self._call('__setattr__', name, value)

    def __delattr__(self, name):
        self._call('__delattr__', name)

    def __repr__(self):
        return self._call('__repr__')


class _Box:
    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value

    def set(self, value):
        self.value = value


class ValueProxy(BaseProxy):
    """A shared object of any picklable value: get(), set(), .value."""

    def get(self):
        return self._call('get')

    def set(self, value):
        self._call('set', value)

    value = property(get, set)


def _share(proxy_type, obj):
    return proxy_type._from_id(_shared.register(obj))


class BaseManager:
    """Makes shared objects; start() and shutdown() (or `with`) bracket its use."""

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *,
                 shutdown_timeout=1.0):
        self._state = 'initial'

    def start(self, initializer=None, initargs=()):
        if self._state == 'started':
            raise ValueError("Already started server")
        if initializer is not None:
            initializer(*initargs)
        self._state = 'started'

    def shutdown(self):
        self._state = 'shutdown'

    def __enter__(self):
        if self._state == 'initial':
            self.start()
        return self

    def __exit__(self, *exc):
        self.shutdown()

    def join(self, timeout=None):
        pass


class SyncManager(BaseManager):
    def dict(self, *args, **kwargs):
        return _share(DictProxy, _KeptDict(*args, **kwargs))

    def list(self, sequence=()):
        return _share(ListProxy, list(sequence))

    def Namespace(self, **kwds):
        return _share(NamespaceProxy, Namespace(**kwds))

    def Value(self, typecode, value, lock=True):
        return _share(ValueProxy, _Box(value))

    def Array(self, typecode, sequence, lock=True):
        return _share(ListProxy, list(sequence))


# What a context makes shared already, a manager hands out as it is.
for _name in ('Queue', 'JoinableQueue', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Event'):
    setattr(SyncManager, _name, vars(BaseContext)[_name])
del _name

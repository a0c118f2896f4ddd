"""Weak references for Sanca: the public face of the native _weakref module, with the weak
mappings, WeakMethod and finalize.

Referents are collected when the Java virtual machine decides, not when their last reference
goes away, so callbacks and the removal of dead entries come later than in CPython."""

from _weakref import (getweakrefcount, getweakrefs, ref, proxy, CallableProxyType, ProxyType,
                      ReferenceType, _remove_dead_weakref)
from _weakrefset import WeakSet
import _collections_abc
import builtins
import itertools
import sys

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet",
           "WeakMethod", "finalize"]

_collections_abc.MutableSet.register(WeakSet)


class WeakMethod(ref):
    """A weak reference to a bound method: it dies when either the instance or the function
    does (a plain ref to a bound method would die at once, the method object being temporary)."""

    __slots__ = "_func_ref", "_meth_type", "_alive", "__weakref__"

    def __new__(cls, meth, callback=None):
        try:
            instance, function = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None

        def on_death(_):
            wm = wm_ref()
            if wm is not None and wm._alive:
                wm._alive = False
                if callback is not None:
                    callback(wm)

        self = ref.__new__(cls, instance, on_death)
        self._func_ref = ref(function, on_death)
        self._meth_type = type(meth)
        self._alive = True
        wm_ref = ref(self)
        return self

    def __call__(self):
        instance = super().__call__()
        function = self._func_ref()
        if instance is None or function is None:
            return None
        return self._meth_type(function, instance)

    def _same(self, other):
        if not (self._alive and other._alive):
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        return self._same(other)

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        return not self._same(other)

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference carrying the key it is stored under, so a callback can find the entry."""

    __slots__ = "key",

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class _WeakMapping(_collections_abc.MutableMapping):
    """What both weak mappings share: the underlying dict `data`, the repr, the | operators.
    Iteration works over snapshots of `data`, so entries dying meanwhile cannot disturb it."""

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        merged = type(self)()
        merged.update(other)
        merged.update(self)
        return merged

    def __copy__(self):
        return self.copy()

    def _snapshot(self):
        return list(self.data.items())


def _value_remover(mapping_ref):
    def drop(dead):
        mapping = mapping_ref()
        if mapping is not None:
            _remove_dead_weakref(mapping.data, dead.key)
    return drop


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held through weak references: an entry goes away when its
    value is collected."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self._remove = _value_remover(ref(self))
        self.update(other, **kw)

    def _hold(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def _live(self, key):
        # The value stored under key, or None when there is none or it is dead.
        wr = self.data.get(key)
        return None if wr is None else wr()

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self._hold(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        return self._live(key) is not None

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def get(self, key, default=None):
        value = self._live(key)
        return default if value is None else value

    def items(self):
        for key, wr in self._snapshot():
            value = wr()
            if value is not None:
                yield key, value

    def keys(self):
        for key, wr in self._snapshot():
            if wr() is not None:
                yield key

    __iter__ = keys

    def values(self):
        for _, wr in self._snapshot():
            value = wr()
            if value is not None:
                yield value

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def copy(self):
        result = WeakValueDictionary()
        for key, value in self.items():
            result[key] = value
        return result

    def __deepcopy__(self, memo):
        from copy import deepcopy
        result = type(self)()
        for key, value in self.items():
            result[deepcopy(key, memo)] = value
        return result

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            value = wr()
            if value is not None:
                return key, value

    def pop(self, key, *default):
        wr = self.data.pop(key, None)
        value = None if wr is None else wr()
        if value is not None:
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        value = self._live(key)
        if value is None:
            self._hold(key, default)
            return default
        return value

    def update(self, other=None, /, **kwargs):
        if other is not None:
            pairs = other.items() if hasattr(other, "items") else dict(other).items()
            for key, value in pairs:
                self._hold(key, value)
        for key, value in kwargs.items():
            self._hold(key, value)


def _key_remover(mapping_ref):
    def drop(dead):
        mapping = mapping_ref()
        if mapping is not None:
            mapping.data.pop(dead, None)
    return drop


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held through weak references: an entry goes away when its key
    is collected. Keys must be hashable and weakly referenceable."""

    def __init__(self, dict=None):
        self.data = {}
        self._remove = _key_remover(ref(self))
        if dict is not None:
            self.update(dict)

    def _tracked(self, key):
        return ref(key, self._remove)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[self._tracked(key)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            probe = ref(key)
        except TypeError:
            return False
        return probe in self.data

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def items(self):
        for wr, value in self._snapshot():
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for wr, _ in self._snapshot():
            key = wr()
            if key is not None:
                yield key

    __iter__ = keys

    def values(self):
        for wr, value in self._snapshot():
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

    def copy(self):
        result = WeakKeyDictionary()
        for key, value in self.items():
            result[key] = value
        return result

    def __deepcopy__(self, memo):
        from copy import deepcopy
        result = type(self)()
        for key, value in self.items():
            result[key] = deepcopy(value, memo)
        return result

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(self._tracked(key), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            pairs = dict.items() if hasattr(dict, "items") else builtins.dict(dict).items()
            for key, value in pairs:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value


class _Pending:
    # What a live finalizer will call, and in which order exit runs it.
    __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")


class finalize:
    """finalize(obj, func, *args, **kwargs): calls func(*args, **kwargs) once, the first of:
    obj is collected, the finalizer is called, or the interpreter exits (while `atexit` is
    true). Finalizers left at exit run newest first."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _counter = itertools.count()
    _exit_hook_installed = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._exit_hook_installed:
            try:
                import atexit
            except ImportError:
                pass
            else:
                atexit.register(finalize._run_at_exit)
            finalize._exit_hook_installed = True
        entry = _Pending()
        entry.weakref = ref(obj, self)
        entry.func = func
        entry.args = args
        entry.kwargs = kwargs or None
        entry.atexit = True
        entry.index = next(finalize._counter)
        finalize._registry[self] = entry

    def _live_entry(self):
        # (entry, referent) while the finalizer is alive and its object too, else (entry, None).
        entry = finalize._registry.get(self)
        return entry, (entry.weakref() if entry is not None else None)

    def __call__(self, _=None):
        entry = finalize._registry.pop(self, None)
        if entry is not None and not finalize._shutdown:
            return entry.func(*entry.args, **(entry.kwargs or {}))

    def detach(self):
        entry, obj = self._live_entry()
        if obj is not None and finalize._registry.pop(self, None) is not None:
            return obj, entry.func, entry.args, entry.kwargs or {}

    def peek(self):
        entry, obj = self._live_entry()
        if obj is not None:
            return obj, entry.func, entry.args, entry.kwargs or {}

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        entry = finalize._registry.get(self)
        return entry is not None and entry.atexit

    @atexit.setter
    def atexit(self, value):
        entry = finalize._registry.get(self)
        if entry is not None:
            entry.atexit = bool(value)

    def __repr__(self):
        _, obj = self._live_entry()
        head = f"<{type(self).__name__} object at {id(self):#x}"
        if obj is None:
            return head + "; dead>"
        return head + f"; for {type(obj).__name__!r} at {id(obj):#x}>"

    @staticmethod
    def _run_at_exit():
        try:
            while True:
                due = [(entry.index, f) for f, entry in list(finalize._registry.items()) if entry.atexit]
                if not due:
                    break
                _, newest = max(due, key=lambda pair: pair[0])
                try:
                    newest()
                except Exception:
                    sys.excepthook(*sys.exc_info())
                finalize._registry.pop(newest, None)
        finally:
            finalize._shutdown = True

"""Objects one process keeps and its children use through proxies.

The process that makes a shared object registers it under an id (its pid and
a counter).  Pickled, a proxy carries only that id: unpickled in the owner it
calls the object directly, in a child it sends each call to the owner (its
parent) over the child's channel, and the owner answers with the pickled
result.  Results are always copies, as CPython's manager proxies give them."""

import itertools
import os
import pickle

__all__ = ['register', 'BaseProxy', 'serve']

_counter = itertools.count(1)
_objects = {}


def register(obj, blocking=()):
    """Keep obj for proxies; `blocking` names the methods that may wait
    (served on a thread of their own).  Returns its id."""
    oid = (os.getpid(), next(_counter))
    _objects[oid] = (obj, frozenset(blocking))
    return oid


class _Transfers:
    # While start_child pickles what a child gets: what to undo when it ends.
    pending = None


def on_child_exit(undo):
    """Have undo() run when the child now being started ends (no-op
    outside a start)."""
    if _Transfers.pending is not None:
        _Transfers.pending.append(undo)


def pickle_for_child(obj):
    """pickle.dumps(obj) for a child being started, and the undo actions
    its shared objects asked for."""
    _Transfers.pending = undo = []
    try:
        return pickle.dumps(obj), undo
    finally:
        _Transfers.pending = None


def _rebuild(proxy_type, oid):
    return proxy_type._from_id(oid)


class BaseProxy:
    """Forwards the calls named in `_exposed` to a registered object."""

    _exposed = ()

    @classmethod
    def _from_id(cls, oid):
        proxy = cls.__new__(cls)
        proxy._oid = oid
        return proxy

    def __reduce__(self):
        return _rebuild, (type(self), self._oid)

    def _call(self, method, *args, **kwargs):
        if self._oid[0] == os.getpid():
            obj, _ = _objects[self._oid]
            return pickle.loads(pickle.dumps(getattr(obj, method)(*args, **kwargs)))
        from .spawn import parent_channel
        channel = parent_channel()
        if channel is None:
            raise ValueError("a shared object can only be used by the process that made it "
                             "and its children")
        return channel.ask((self._oid, method, args, kwargs))


def serve(channel, payload):
    """Run a child's call on a registered object (on a thread of its own when
    the method may block) and send back the result or the exception."""
    try:
        oid, method, args, kwargs = channel.request_of(payload)
    except BaseException as e:
        channel.answer(payload, False, e)
        return
    entry = _objects.get(oid)

    def run():
        try:
            if entry is None:
                raise ValueError("the shared object no longer exists")
            value = getattr(entry[0], method)(*args, **kwargs)
        except BaseException as e:
            channel.answer(payload, False, e)
        else:
            channel.answer(payload, True, value)

    if entry is not None and method in entry[1]:
        import threading
        threading.Thread(target=run, daemon=True).start()
    else:
        run()

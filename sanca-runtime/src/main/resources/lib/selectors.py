"""Waiting for I/O readiness on many file objects at once, over the select module."""

import abc
import collections
import collections.abc
import math
import select

__all__ = ["EVENT_READ", "EVENT_WRITE", "SelectorKey", "BaseSelector",
           "SelectSelector", "PollSelector", "DefaultSelector"]

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1

SelectorKey = collections.namedtuple("SelectorKey", ["fileobj", "fd", "events", "data"])
SelectorKey.__doc__ = """A registered file object: the object, its descriptor, the events
waited for (EVENT_READ, EVENT_WRITE) and the data given at registration."""
SelectorKey.fileobj.__doc__ = "The file object registered."
SelectorKey.fd.__doc__ = "Its file descriptor."
SelectorKey.events.__doc__ = "The events waited for on it."
SelectorKey.data.__doc__ = "What was given with it at registration."


def _descriptor(fileobj):
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, ValueError, TypeError):
            raise ValueError(f"Invalid file object: {fileobj!r}") from None
    if fd >= 0:
        return fd
    raise ValueError(f"Invalid file descriptor: {fd}")


def _unregistered(fileobj):
    return KeyError(f"{fileobj!r} is not registered")


class _KeyView(collections.abc.Mapping):
    """The read-only mapping get_map() returns: file object -> key."""

    def __init__(self, owner):
        self._owner = owner

    def __len__(self):
        return len(self._owner._keys)

    def __getitem__(self, fileobj):
        fd = self._owner._lookup(fileobj)
        try:
            return self._owner._keys[fd]
        except KeyError:
            raise _unregistered(fileobj) from None

    def __iter__(self):
        return iter(self._owner._keys)


class BaseSelector(abc.ABC):
    """What every selector does: register file objects for events, then wait on them."""

    @abc.abstractmethod
    def register(self, fileobj, events, data=None):
        """Watches fileobj (a descriptor or an object with fileno()) for events
        (EVENT_READ, EVENT_WRITE or both); returns its SelectorKey."""
        raise NotImplementedError

    @abc.abstractmethod
    def unregister(self, fileobj):
        """Stops watching fileobj; returns the key it had."""
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        """Changes the events or data of a registered file object."""
        self.unregister(fileobj)
        return self.register(fileobj, events, data=data)

    @abc.abstractmethod
    def select(self, timeout=None):
        """Waits until some registered file objects are ready, or timeout seconds pass
        (None: no limit; 0 or less: no wait); a list of (key, ready events) pairs."""
        raise NotImplementedError

    def close(self):
        pass

    def get_key(self, fileobj):
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError("Selector is closed")
        try:
            return mapping[fileobj]
        except KeyError:
            raise _unregistered(fileobj) from None

    @abc.abstractmethod
    def get_map(self):
        """A read-only mapping of file objects to their keys (None once closed)."""
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


class _KeyedSelector(BaseSelector):
    """Keeps the registrations by descriptor; subclasses wait on them."""

    def __init__(self):
        self._keys = {}
        self._view = _KeyView(self)

    def _lookup(self, fileobj):
        try:
            return _descriptor(fileobj)
        except ValueError:
            for key in self._keys.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if not events or events & ~(EVENT_READ | EVENT_WRITE):
            raise ValueError(f"Invalid events: {events!r}")
        key = SelectorKey(fileobj, self._lookup(fileobj), events, data)
        if key.fd in self._keys:
            raise KeyError(f"{fileobj!r} (FD {key.fd}) is already registered")
        self._keys[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            return self._keys.pop(self._lookup(fileobj))
        except KeyError:
            raise _unregistered(fileobj) from None

    def modify(self, fileobj, events, data=None):
        try:
            old = self._keys[self._lookup(fileobj)]
        except KeyError:
            raise _unregistered(fileobj) from None
        if events != old.events:
            self.unregister(fileobj)
            return self.register(fileobj, events, data=data)
        if data != old.data:
            old = old._replace(data=data)
            self._keys[old.fd] = old
        return old

    def close(self):
        self._keys.clear()
        self._view = None

    def get_map(self):
        return self._view

    def _ready(self, fd, events):
        key = self._keys.get(fd)
        if key is None:
            return None
        return key, events & key.events


class SelectSelector(_KeyedSelector):
    """A selector over select.select()."""

    def select(self, timeout=None):
        reading = [k.fd for k in self._keys.values() if k.events & EVENT_READ]
        writing = [k.fd for k in self._keys.values() if k.events & EVENT_WRITE]
        if timeout is not None:
            timeout = max(timeout, 0)
        try:
            readable, writable, _ = select.select(reading, writing, [], timeout)
        except InterruptedError:
            return []
        readable, writable = set(readable), set(writable)
        found = []
        for fd in readable | writable:
            events = (EVENT_READ if fd in readable else 0) | (EVENT_WRITE if fd in writable else 0)
            hit = self._ready(fd, events)
            if hit:
                found.append(hit)
        return found


class PollSelector(_KeyedSelector):
    """A selector over select.poll()."""

    def select(self, timeout=None):
        if timeout is None:
            millis = None
        elif timeout <= 0:
            millis = 0
        else:
            millis = math.ceil(timeout * 1e3)
        poller = select.poll()
        for key in self._keys.values():
            mask = (select.POLLIN if key.events & EVENT_READ else 0) | \
                   (select.POLLOUT if key.events & EVENT_WRITE else 0)
            poller.register(key.fd, mask)
        try:
            ready = poller.poll(millis)
        except InterruptedError:
            return []
        found = []
        for fd, revents in ready:
            events = (EVENT_READ if revents & ~select.POLLOUT else 0) | \
                     (EVENT_WRITE if revents & ~select.POLLIN else 0)
            hit = self._ready(fd, events)
            if hit:
                found.append(hit)
        return found


DefaultSelector = PollSelector

"""Locks, semaphores and events that a process shares with its children.

Each is kept by the process that made it (see multiprocessing._shared); a
child waits on it through its parent, which answers when the wait is over."""

import _thread
import os
import threading
import time

from . import _shared

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Event']

_TOO_MANY = 'semaphore or lock released too many times'


def _me():
    return os.getpid(), _thread.get_ident()


class _Counter:
    """The kept state of a lock or semaphore: `count` free permits, or, for
    locks, an owner (who may take a reentrant lock again)."""

    def __init__(self, value, bound=None, reentrant=False):
        self._cond = threading.Condition(threading.Lock())
        self._value = value
        self._bound = bound
        self._reentrant = reentrant
        self._owner = None
        self._depth = 0

    def acquire(self, owner, block=True, timeout=None):
        deadline = None if timeout is None or timeout < 0 else time.monotonic() + timeout
        with self._cond:
            if self._reentrant and self._owner == owner:
                self._depth += 1
                return True
            while self._value == 0:
                if not block:
                    return False
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return False
                self._cond.wait(left)
            self._value -= 1
            self._owner = owner
            self._depth = 1
            return True

    def release(self, owner):
        with self._cond:
            if self._reentrant:
                if self._owner != owner:
                    raise AssertionError('attempt to release recursive lock not owned by thread')
                self._depth -= 1
                if self._depth:
                    return
            elif self._bound is not None and self._value >= self._bound:
                raise ValueError(_TOO_MANY)
            self._owner = None
            self._value += 1
            self._cond.notify()

    def get_value(self):
        return self._value


class _Synchronizer(_shared.BaseProxy):
    def acquire(self, block=True, timeout=None):
        return self._call('acquire', _me(), block, timeout)

    def release(self):
        self._call('release', _me())

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()


class Lock(_Synchronizer):
    """A lock any process sharing it can release."""

    def __init__(self, *, ctx=None):
        self._oid = _shared.register(_Counter(1, bound=1), blocking=('acquire',))


class RLock(_Synchronizer):
    """A lock its owner (a thread of a process) may take again."""

    def __init__(self, *, ctx=None):
        self._oid = _shared.register(_Counter(1, reentrant=True), blocking=('acquire',))


class Semaphore(_Synchronizer):
    """A counter of permits: acquire takes one (waiting for it), release gives one."""

    def __init__(self, value=1, *, ctx=None):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._oid = _shared.register(self._counter(value), blocking=('acquire',))

    @staticmethod
    def _counter(value):
        return _Counter(value)

    def get_value(self):
        return self._call('get_value')


class BoundedSemaphore(Semaphore):
    """A Semaphore that may not be released above its initial value."""

    @staticmethod
    def _counter(value):
        return _Counter(value, bound=value)


class Event(_shared.BaseProxy):
    """A flag processes can set, clear and wait for."""

    def __init__(self, *, ctx=None):
        self._oid = _shared.register(threading.Event(), blocking=('wait',))

    def is_set(self):
        return self._call('is_set')

    def set(self):
        self._call('set')

    def clear(self):
        self._call('clear')

    def wait(self, timeout=None):
        return self._call('wait', timeout)

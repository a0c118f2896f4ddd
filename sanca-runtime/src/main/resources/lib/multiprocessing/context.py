"""The errors of multiprocessing and its one context: every child is
started the "spawn" way (a fresh interpreter), as a JVM cannot fork."""

import os
import sys

__all__ = ['ProcessError', 'BufferTooShort', 'TimeoutError', 'AuthenticationError',
           'BaseContext']


class ProcessError(Exception):
    pass


# The subclasses of ProcessError, as CPython names them.
BufferTooShort = type('BufferTooShort', (ProcessError,), {'__module__': __name__})
TimeoutError = type('TimeoutError', (ProcessError,), {'__module__': __name__})
AuthenticationError = type('AuthenticationError', (ProcessError,), {'__module__': __name__})


def deferred(module, name, doc=None):
    """A static method calling multiprocessing.<module>.<name>, imported on first use."""
    def call(*args, **kwargs):
        import importlib
        return getattr(importlib.import_module('multiprocessing.' + module), name)(*args, **kwargs)
    call.__name__ = call.__qualname__ = name
    call.__doc__ = doc
    return staticmethod(call)


class BaseContext:
    """The multiprocessing API bound to one start method."""

    _chosen = None

    def __init__(self, name):
        self._name = name

    @property
    def Process(self):
        from .process import Process
        return Process

    @staticmethod
    def current_process():
        from .process import current_process
        return current_process()

    @staticmethod
    def parent_process():
        from .process import parent_process
        return parent_process()

    @staticmethod
    def active_children():
        from .process import active_children
        return active_children()

    @staticmethod
    def cpu_count():
        """The number of CPUs of this machine."""
        count = os.cpu_count()
        if count is None:
            raise NotImplementedError('cannot determine number of cpus')
        return count

    Queue = deferred('queues', 'Queue', 'A queue this process and its children share.')
    JoinableQueue = deferred('queues', 'JoinableQueue', 'A shared queue with task_done() and join().')
    SimpleQueue = deferred('queues', 'SimpleQueue', 'A simplified shared queue.')
    Lock = deferred('synchronize', 'Lock')
    RLock = deferred('synchronize', 'RLock')
    Semaphore = deferred('synchronize', 'Semaphore')
    BoundedSemaphore = deferred('synchronize', 'BoundedSemaphore')
    Event = deferred('synchronize', 'Event')
    Value = deferred('sharedctypes', 'Value')
    Array = deferred('sharedctypes', 'Array')
    RawValue = deferred('sharedctypes', 'RawValue')
    RawArray = deferred('sharedctypes', 'RawArray')
    Pipe = deferred('connection', 'Pipe', 'Two connected Connections (one-way with duplex=False).')

    @staticmethod
    def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        """A pool of worker processes."""
        from .pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild)

    @staticmethod
    def Manager():
        """A started SyncManager, for dicts, lists and other shared objects."""
        from .managers import SyncManager
        manager = SyncManager()
        manager.start()
        return manager

    @staticmethod
    def freeze_support():
        """Only frozen Windows executables need this; elsewhere it does nothing."""

    def get_context(self, method=None):
        if method is None:
            return self
        try:
            return _contexts[method]
        except KeyError:
            raise ValueError(f'cannot find context for {method!r}') from None

    def get_start_method(self, allow_none=False):
        if BaseContext._chosen is None:
            return None if allow_none else self._name
        return BaseContext._chosen

    def set_start_method(self, method, force=False):
        if BaseContext._chosen is not None and not force:
            raise RuntimeError('context has already been set')
        self.get_context(method)
        BaseContext._chosen = method

    @staticmethod
    def get_all_start_methods():
        return ['fork', 'spawn', 'forkserver']

    @staticmethod
    def set_executable(executable):
        """The interpreter children run (sys.executable by default)."""
        from . import spawn
        spawn.set_executable(executable)

    @staticmethod
    def allow_connection_pickling():
        pass


for _error in (ProcessError, BufferTooShort, TimeoutError, AuthenticationError):
    setattr(BaseContext, _error.__name__, _error)
del _error

# Every start method starts children the same way: a JVM cannot fork.
_contexts = {name: BaseContext(name) for name in ('spawn', 'fork', 'forkserver')}
_default_context = _contexts['spawn']

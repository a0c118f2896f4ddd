"""Higher-level threading: Thread objects and synchronisation primitives.

Built on the _thread module, whose threads are Java platform threads.  Sanca
has no global interpreter lock, so threads run Python code in parallel; the
primitives here (Condition, Semaphore, Event, Barrier, Timer) are written in
Python over _thread's locks.
"""

import os as _os
import sys as _sys
import _thread
import itertools as _itertools
from time import monotonic as _now
from collections import deque as _deque

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _thread.allocate_lock
_CRLock = _thread.RLock
local = _thread._local
del _thread


def _deprecated(old, advice):
    import warnings
    warnings.warn('%s is deprecated, %s instead' % (old, advice),
                  DeprecationWarning, stacklevel=3)


def _describe(obj, detail):
    kind = type(obj)
    return f"<{kind.__module__}.{kind.__qualname__} at {id(obj):#x}: {detail}>"


# ---------------------------------------------------------------- hooks

class _Hooks:
    """Trace and profile functions installed in threads started from here."""
    trace = None
    profile = None


def setprofile(func):
    """Install func with sys.setprofile() in every thread started afterwards."""
    _Hooks.profile = func


def getprofile():
    """The function last given to setprofile(), or None."""
    return _Hooks.profile


def settrace(func):
    """Install func with sys.settrace() in every thread started afterwards."""
    _Hooks.trace = func


def gettrace():
    """The function last given to settrace(), or None."""
    return _Hooks.trace


def RLock(*args, **kwargs):
    """A new reentrant lock: the owning thread may acquire it again, and must
    release it as many times as it acquired it."""
    return _CRLock(*args, **kwargs)


# ---------------------------------------------------------------- Condition

class Condition:
    """A condition variable: threads sleep in wait() until another thread,
    holding the same lock, calls notify() or notify_all().

    lock is the lock shared with the notifiers; a new RLock by default.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # One private, held lock per sleeping thread; notify() releases it.
        self._sleepers = _deque()
        # An RLock can report its owner and give up every level of a
        # recursive hold for the duration of a wait; a plain lock cannot.
        self._held_by_me = getattr(lock, '_is_owned', self._plain_held)
        self._give_up = getattr(lock, '_release_save', self._plain_give_up)
        self._take_back = getattr(lock, '_acquire_restore', self._plain_take_back)

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._sleepers))

    def _plain_held(self):
        # A plain lock has no owner; assume the caller holds it if it is taken.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _plain_give_up(self):
        self._lock.release()

    def _plain_take_back(self, saved):
        self._lock.acquire()

    def wait(self, timeout=None):
        """Release the lock, sleep until notified or until timeout seconds
        pass, then take the lock back.  Returns False on timeout."""
        if not self._held_by_me():
            raise RuntimeError("cannot wait on un-acquired lock")
        gate = _allocate_lock()
        gate.acquire()
        self._sleepers.append(gate)
        saved = self._give_up()
        woken = False
        try:
            if timeout is None:
                woken = gate.acquire()
            elif timeout > 0:
                woken = gate.acquire(True, timeout)
            else:
                woken = gate.acquire(False)
            return woken
        finally:
            self._take_back(saved)
            if not woken:
                try:
                    self._sleepers.remove(gate)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or timeout seconds have passed,
        and return predicate()'s last result."""
        deadline = None
        while True:
            outcome = predicate()
            if outcome:
                return outcome
            if timeout is None:
                self.wait()
                continue
            if deadline is None:
                deadline = _now() + timeout
                left = timeout
            else:
                left = deadline - _now()
                if left <= 0:
                    return outcome
            self.wait(left)

    def notify(self, n=1):
        """Wake at most n of the threads waiting (the lock must be held)."""
        if not self._held_by_me():
            raise RuntimeError("cannot notify on un-acquired lock")
        sleepers = self._sleepers
        while n > 0 and sleepers:
            gate = sleepers.popleft()
            try:
                gate.release()
            except RuntimeError:
                continue
            n -= 1

    def notify_all(self):
        """Wake every thread waiting (the lock must be held)."""
        self.notify(len(self._sleepers))

    def notifyAll(self):
        """Deprecated spelling of notify_all()."""
        _deprecated('notifyAll()', 'use notify_all()')
        self.notify_all()


# ---------------------------------------------------------------- Semaphore, Event

class Semaphore:
    """A counter of permits: acquire() takes one, waiting while there are
    none; release() gives permits back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return _describe(self, f"value={self._value}")

    def _has_permit(self):
        return self._value > 0

    def acquire(self, blocking=True, timeout=None):
        """Take a permit.  Returns False if none became available without
        blocking, or within timeout seconds."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if not self._cond.wait_for(self._has_permit, timeout if blocking else 0):
                return False
            self._value -= 1
            return True

    __enter__ = acquire

    def _check_release(self, n):
        if n < 1:
            raise ValueError('n must be one or more')

    def release(self, n=1):
        """Give back n permits, waking as many waiting threads."""
        self._check_release(n)
        with self._cond:
            self._check_room(n)
            self._value += n
            self._cond.notify(n)

    def _check_room(self, n):
        pass

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to hold more permits than it started with."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def __repr__(self):
        return _describe(self, f"value={self._value}/{self._initial_value}")

    def _check_room(self, n):
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")


class Event:
    """A flag threads can wait on until another thread sets it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return _describe(self, 'set' if self._flag else 'unset')

    def is_set(self):
        """Whether the flag is set."""
        return self._flag

    def isSet(self):
        """Deprecated spelling of is_set()."""
        _deprecated('isSet()', 'use is_set()')
        return self.is_set()

    def set(self):
        """Set the flag and wake every waiting thread."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Unset the flag; later wait() calls block again."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is set or timeout seconds pass.

        Returns True if the flag was set before or during the wait, even if
        it has been cleared again since; False on timeout.
        """
        with self._cond:
            return self._flag or self._cond.wait(timeout)


# ---------------------------------------------------------------- Barrier

class BrokenBarrierError(RuntimeError):
    pass


class _Round:
    """One filling of a Barrier: how many threads arrived, and how it ended."""
    __slots__ = ('arrived', 'passed', 'broken')

    def __init__(self):
        self.arrived = 0
        self.passed = False
        self.broken = False


class Barrier:
    """A meeting point for a fixed number of threads.

    Each of `parties` threads calls wait(); once all have arrived, the last
    one runs `action` (if any) and every thread goes on.  A timeout, a
    failing action, abort() or reset() breaks the waiting round, and its
    threads get BrokenBarrierError.
    """

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._round = _Round()

    def __repr__(self):
        if self.broken:
            return _describe(self, "broken")
        return _describe(self, f"waiters={self.n_waiting}/{self.parties}")

    def wait(self, timeout=None):
        """Wait for the other parties; returns this thread's arrival index,
        from 0 to parties - 1."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            current = self._round
            if current.broken:
                raise BrokenBarrierError
            index = current.arrived
            current.arrived += 1
            if current.arrived == self._parties:
                self._complete(current)
            elif not self._cond.wait_for(lambda: current.passed or current.broken,
                                         timeout):
                self._break(current)
                raise BrokenBarrierError
            elif current.broken:
                raise BrokenBarrierError
            return index

    def _complete(self, current):
        # Run by the last arrival, with the lock held.
        try:
            if self._action:
                self._action()
        except BaseException:
            self._break(current)
            raise
        current.passed = True
        self._round = _Round()
        self._cond.notify_all()

    def _break(self, current):
        current.broken = True
        self._cond.notify_all()

    def reset(self):
        """Empty the barrier: threads waiting now get BrokenBarrierError and
        a broken barrier becomes usable again."""
        with self._cond:
            if self._round.arrived:
                self._break(self._round)
            self._round = _Round()

    def abort(self):
        """Break the barrier: current and future waits raise
        BrokenBarrierError until reset() is called."""
        with self._cond:
            self._break(self._round)

    @property
    def parties(self):
        """How many threads must arrive to pass the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """How many threads are waiting at the barrier now."""
        current = self._round
        return 0 if current.broken else current.arrived

    @property
    def broken(self):
        """Whether the barrier is broken."""
        return self._round.broken


# ---------------------------------------------------------------- registry

# Serial numbers shared by "Thread-N" and "Dummy-N" names.
_serials = _itertools.count(1)


def _newname(name_template):
    return name_template % next(_serials)


# Threads by ident once running; threads between start() and running are
# in _starting.  Both are guarded by _registry_lock.
_registry_lock = RLock()
_active = {}
_starting = set()
# Non-daemon threads not yet finished: _shutdown() waits for them.
_non_daemon = set()


def _daemon_threads_allowed():
    return True


# ---------------------------------------------------------------- Thread

_INITIAL, _STARTED, _STOPPED = 'initial', 'started', 'stopped'


class Thread:
    """A thread of control: run() executes in a new thread once start() is
    called.

    Pass a callable as target (called with args and kwargs) or override
    run() in a subclass.  name defaults to "Thread-N (target name)"; daemon
    defaults to the creating thread's daemon flag.  The interpreter waits
    for non-daemon threads before it exits.
    """

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            label = getattr(target, '__name__', None) if target is not None else None
            if label is not None:
                name += f" ({label})"
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        if daemon is None:
            daemon = current_thread().daemon
        elif daemon and not _daemon_threads_allowed():
            raise RuntimeError('daemon threads are disabled in this (sub)interpreter')
        self._daemonic = daemon
        self._ident = None
        self._native_id = None
        self._phase = _INITIAL
        # Held from start() until the thread has finished: join() waits on it.
        self._running = None
        self._stderr = _sys.stderr
        self._initialized = True

    def _require_init(self):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = self._phase
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (type(self).__name__, self._name, status)

    def start(self):
        """Run run() in a new thread; may be called once per Thread."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._phase != _INITIAL or self._running is not None:
            raise RuntimeError("threads can only be started once")
        running = _allocate_lock()
        running.acquire()
        self._running = running
        # Released by the new thread once its ident is known, so that start()
        # returns with ident and native_id set.
        ready = _allocate_lock()
        ready.acquire()
        with _registry_lock:
            _starting.add(self)
            if not self._daemonic:
                _non_daemon.add(self)
        try:
            _start_new_thread(self._bootstrap, (ready,))
        except Exception:
            with _registry_lock:
                _starting.discard(self)
                _non_daemon.discard(self)
            self._running = None
            raise
        ready.acquire()

    def run(self):
        """The thread's work: by default, call target(*args, **kwargs)."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop references the thread no longer needs (they may be large
            # or refer back to this Thread).
            del self._target, self._args, self._kwargs

    def _bootstrap(self, ready):
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            self._phase = _STARTED
            with _registry_lock:
                _starting.discard(self)
                _active[self._ident] = self
            ready.release()
            if _Hooks.trace:
                _sys.settrace(_Hooks.trace)
            if _Hooks.profile:
                _sys.setprofile(_Hooks.profile)
            try:
                self.run()
            except BaseException:
                _report_uncaught(self)
        finally:
            self._finish()

    def _finish(self):
        with _registry_lock:
            _active.pop(self._ident, None)
            _non_daemon.discard(self)
            self._phase = _STOPPED
        self._running.release()

    def join(self, timeout=None):
        """Wait until the thread has finished, or at most timeout seconds
        (check is_alive() afterwards to know which)."""
        self._require_init()
        if self._phase == _INITIAL:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._phase == _STOPPED:
            return
        running = self._running
        if timeout is None:
            acquired = running.acquire()
        else:
            acquired = running.acquire(True, max(timeout, 0))
        if acquired:
            running.release()

    @property
    def name(self):
        """The thread's name, for identification only; not necessarily unique."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """The thread's identifier (see get_ident()); None before start()."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """The operating system's id for the thread; None before start()."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """Whether run() has begun and not yet ended."""
        assert self._initialized, "Thread.__init__() not called"
        return self._phase == _STARTED

    @property
    def daemon(self):
        """Whether this is a daemon thread (the interpreter does not wait for
        those at exit); may only be changed before start()."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        self._require_init()
        if daemonic and not _daemon_threads_allowed():
            raise RuntimeError('daemon threads are disabled in this interpreter')
        if self._running is not None:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Deprecated getter for the daemon attribute."""
        _deprecated('isDaemon()', 'get the daemon attribute')
        return self.daemon

    def setDaemon(self, daemonic):
        """Deprecated setter for the daemon attribute."""
        _deprecated('setDaemon()', 'set the daemon attribute')
        self.daemon = daemonic

    def getName(self):
        """Deprecated getter for the name attribute."""
        _deprecated('getName()', 'get the name attribute')
        return self.name

    def setName(self, name):
        """Deprecated setter for the name attribute."""
        _deprecated('setName()', 'set the name attribute')
        self.name = name


# ---------------------------------------------------------------- uncaught exceptions

class ExceptHookArgs(tuple):
    """What excepthook() receives: exc_type, exc_value, exc_traceback, thread."""

    __slots__ = ()
    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0
    __match_args__ = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

    def __new__(cls, args):
        values = tuple(args)
        if len(values) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence "
                            "(%d-sequence given)" % len(values))
        return tuple.__new__(cls, values)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        fields = ', '.join('%s=%r' % pair for pair in zip(self.__match_args__, self))
        return '_thread._ExceptHookArgs(%s)' % fields


ExceptHookArgs.__module__ = '_thread'
ExceptHookArgs.__name__ = ExceptHookArgs.__qualname__ = '_ExceptHookArgs'


def excepthook(args, /):
    """Default handler for an exception escaping Thread.run(): print
    "Exception in thread NAME:" and the traceback to stderr.  SystemExit is
    ignored silently."""
    if args.exc_type == SystemExit:
        return
    stream = _sys.stderr
    if stream is None and args.thread is not None:
        stream = args.thread._stderr
    if stream is None:
        return
    who = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {who}:", file=stream, flush=True)
    previous = _sys.stderr
    _sys.stderr = stream
    try:
        _sys.__excepthook__(args.exc_type, args.exc_value, args.exc_traceback)
    finally:
        _sys.stderr = previous
    stream.flush()


__excepthook__ = excepthook


def _report_uncaught(thread):
    # Called in an except clause of the dying thread.  A failing hook is
    # itself reported through sys.excepthook rather than lost.
    hook = excepthook if excepthook is not None else __excepthook__
    try:
        hook(ExceptHookArgs((*_sys.exc_info(), thread)))
    except Exception as failure:
        failure.__suppress_context__ = True
        del failure
        stream = _sys.stderr if _sys.stderr is not None else thread._stderr
        print("Exception in threading.excepthook:", file=stream, flush=True)
        (_sys.excepthook or _sys.__excepthook__)(*_sys.exc_info())


# ---------------------------------------------------------------- Timer

class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after interval seconds,
    unless cancel() is called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        """Prevent the call if it has not happened yet."""
        self.finished.set()

    def run(self):
        if not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# ---------------------------------------------------------------- special threads

class _MainThread(Thread):
    """The thread the interpreter started in; it 'finishes' at _shutdown()."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._running = _allocate_lock()
        self._running.acquire()
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._phase = _STARTED
        with _registry_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread started with _thread directly, found by
    current_thread(); always alive, daemonic and not joinable."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=_daemon_threads_allowed())
        self._running = _allocate_lock()
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._phase = _STARTED
        with _registry_lock:
            _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# ---------------------------------------------------------------- module functions

def current_thread():
    """The Thread object for the calling thread (a dummy one for threads
    not started through this module)."""
    found = _active.get(get_ident())
    return found if found is not None else _DummyThread()


def currentThread():
    """Deprecated spelling of current_thread()."""
    _deprecated('currentThread()', 'use current_thread()')
    return current_thread()


def active_count():
    """How many threads are alive (the length of enumerate())."""
    with _registry_lock:
        return len(_active) + len(_starting)


def activeCount():
    """Deprecated spelling of active_count()."""
    _deprecated('activeCount()', 'use active_count()')
    return active_count()


def _enumerate():
    return [*_active.values(), *_starting]


def enumerate():
    """A list of the Thread objects alive now, including daemonic, dummy
    and main threads."""
    with _registry_lock:
        return _enumerate()


def stack_size(size=0):
    """The stack size for new threads (0: the platform default); a size other
    than 0 must be at least 32 KiB.  Java chooses thread stacks here, so the
    answer is always 0."""
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


_main_thread = _MainThread()


def main_thread():
    """The Thread object of the thread the interpreter started in."""
    return _main_thread


# ---------------------------------------------------------------- interpreter exit

_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Arrange for func(*arg, **kwargs) to run at interpreter exit, before
    non-daemon threads are waited for (thread pools use this to stop their
    workers).  Functions run last-registered first."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append((func, arg, kwargs))


def _shutdown():
    """Called by the interpreter on exit: run the _register_atexit
    functions, mark the main thread finished and wait for every non-daemon
    thread, including ones started meanwhile."""
    global _SHUTTING_DOWN
    if _main_thread._phase == _STOPPED:
        return
    _SHUTTING_DOWN = True
    for func, arg, kwargs in reversed(_threading_atexits):
        func(*arg, **kwargs)
    # The main thread stays registered (code run later by atexit still
    # sees it as current_thread()), but no longer counts as alive.
    _main_thread._phase = _STOPPED
    _main_thread._running.release()
    while True:
        with _registry_lock:
            pending = list(_non_daemon)
        if not pending:
            return
        for thread in pending:
            thread._running.acquire()
            thread._running.release()


def _after_fork(already_forked=None):
    pass

"""The parts of concurrent.futures shared by every executor.

Future holds the outcome of a call that runs elsewhere; Executor is the
interface executors implement; wait() and as_completed() block on groups of
futures.
"""

import collections
import threading
import time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# A future moves PENDING -> RUNNING -> FINISHED, or PENDING -> CANCELLED ->
# CANCELLED_AND_NOTIFIED once the executor has seen the cancellation.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_CANCEL_STATES = frozenset((CANCELLED, CANCELLED_AND_NOTIFIED))
_DONE_STATES = _CANCEL_STATES | {FINISHED}
# States in which wait() and as_completed() count a future as complete.
_REPORTED_STATES = frozenset((CANCELLED_AND_NOTIFIED, FINISHED))


class Error(Exception):
    """Root of the errors this package defines."""


class CancelledError(Error):
    """The outcome was asked for, but the future had been cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The future is not in a state that allows this operation."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run work after an unrecoverable failure."""


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def _report_callback_error(future):
    import sys
    print('exception calling callback for %r' % future, file=sys.stderr)
    sys.excepthook(*sys.exc_info())


def _generic_alias(cls, item):
    import types
    return types.GenericAlias(cls, item)


class _Watch:
    """Hung on futures by wait() and as_completed(): every watched future
    that completes is queued here and wakes the watching thread."""

    def __init__(self):
        self.arrived = collections.deque()
        self.wakeup = threading.Event()

    def note(self, future):
        self.arrived.append(future)
        self.wakeup.set()

    def drain(self, timeout):
        """Wait up to timeout for arrivals and hand back those queued so far."""
        self.wakeup.wait(timeout)
        self.wakeup.clear()
        out = []
        while self.arrived:
            out.append(self.arrived.popleft())
        return out


class _ExitState:
    """Executors with live workers, and whether the interpreter is exiting."""
    lock = threading.Lock()
    pools = set()
    exiting = False


def _stop_pools_at_exit():
    # Run by threading._shutdown before non-daemon threads are joined: the
    # workers finish the work already queued, then stop.
    with _ExitState.lock:
        _ExitState.exiting = True
        pools = list(_ExitState.pools)
    for pool in pools:
        pool._work_queue.put(None)
    for pool in pools:
        pool._join_workers()


threading._register_atexit(_stop_pools_at_exit)


class Future:
    """The eventual outcome (value or exception) of a call run by an executor."""

    def __init__(self):
        """Executors create futures; client code normally should not."""
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._watches = []
        self._done_callbacks = []

    __class_getitem__ = classmethod(_generic_alias)

    def __repr__(self):
        with self._condition:
            text = '<%s at %#x state=%s' % (type(self).__name__, id(self),
                                            _STATE_TO_DESCRIPTION_MAP[self._state])
            if self._state == FINISHED:
                if self._exception:
                    text += ' raised ' + type(self._exception).__name__
                else:
                    text += ' returned ' + type(self._result).__name__
            return text + '>'

    def _run_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _report_callback_error(self)

    def cancel(self):
        """Try to cancel the call; True when the future ends up cancelled.

        A call that is running or has finished cannot be cancelled.
        """
        with self._condition:
            if self._state in _CANCEL_STATES:
                return True
            if self._state != PENDING:
                return False
            self._state = CANCELLED
            self._condition.notify_all()
        self._run_callbacks()
        return True

    def cancelled(self):
        """Whether the call was cancelled."""
        with self._condition:
            return self._state in _CANCEL_STATES

    def running(self):
        """Whether the call is executing right now."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """Whether the call has finished or was cancelled."""
        with self._condition:
            return self._state in _DONE_STATES

    def add_done_callback(self, fn):
        """Arrange for fn(future) to be called once the future is done.

        Callbacks run in the order added, in the thread that completes the
        future; if it is already done, fn is called at once.  Exceptions
        from fn are reported and otherwise ignored.
        """
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _report_callback_error(self)

    def _await_outcome(self, timeout):
        # Called with the condition held; leaves with the future done, or
        # raises CancelledError / TimeoutError.
        if self._state not in _DONE_STATES:
            self._condition.wait(timeout)
        if self._state in _CANCEL_STATES:
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value, waiting up to timeout seconds for it.

        Raises the call's own exception if it failed, CancelledError if the
        future was cancelled and TimeoutError if time ran out.
        """
        with self._condition:
            self._await_outcome(timeout)
            error = self._exception
            if error is None:
                return self._result
        try:
            raise error
        finally:
            # The traceback would otherwise keep this frame and the error alive.
            del error, self

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting as
        result() does."""
        with self._condition:
            self._await_outcome(timeout)
            return self._exception

    def set_running_or_notify_cancel(self):
        """For executors: claim the future before running its call.

        Returns False when the future was cancelled (waiters are then told),
        True when it is now running; any other state is a RuntimeError.
        """
        with self._condition:
            if self._state == PENDING:
                self._state = RUNNING
                return True
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                self._tell_watches()
                return False
            raise RuntimeError('Future in unexpected state')

    def _tell_watches(self):
        for watch in self._watches:
            watch.note(self)

    def _complete(self, value, error):
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = value
            self._exception = error
            self._state = FINISHED
            self._tell_watches()
            self._condition.notify_all()
        self._run_callbacks()

    def set_result(self, result):
        """For executors: record the call's return value."""
        self._complete(result, None)

    def set_exception(self, exception):
        """For executors: record the exception the call raised."""
        self._complete(None, exception)


class _WatchedGroup:
    """A set of futures with one watch hung on those not yet complete."""

    def __init__(self, fs):
        self.all = set(fs)
        self.watch = _Watch()
        self.complete = []
        for f in self.all:
            with f._condition:
                if f._state in _REPORTED_STATES:
                    self.complete.append(f)
                else:
                    f._watches.append(self.watch)
        self.pending = self.all.difference(self.complete)

    def release(self):
        for f in self.all:
            with f._condition:
                if self.watch in f._watches:
                    f._watches.remove(self.watch)


def _time_left(deadline):
    return None if deadline is None else deadline - time.monotonic()


def as_completed(fs, timeout=None):
    """Yield the futures of fs (duplicates once) as each completes.

    Futures already complete come first.  TimeoutError is raised if some
    are still outstanding timeout seconds after the call.
    """
    deadline = None if timeout is None else time.monotonic() + timeout
    group = _WatchedGroup(fs)
    try:
        yield from group.complete
        while group.pending:
            left = _time_left(deadline)
            if left is not None and left < 0:
                raise TimeoutError('%d (of %d) futures unfinished'
                                   % (len(group.pending), len(group.all)))
            for f in group.watch.drain(left):
                if f in group.pending:
                    group.pending.discard(f)
                    yield f
    finally:
        group.release()


def _failed(f):
    return not f.cancelled() and f.exception() is not None


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Block until the futures of fs satisfy return_when or timeout expires.

    return_when is FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED.
    Returns a (done, not_done) named tuple of sets.
    """
    group = _WatchedGroup(fs)
    try:
        done = set(group.complete)

        def satisfied():
            if return_when == FIRST_COMPLETED and done:
                return True
            if return_when == FIRST_EXCEPTION and any(map(_failed, done)):
                return True
            return len(done) == len(group.all)

        deadline = None if timeout is None else time.monotonic() + timeout
        while not satisfied():
            left = _time_left(deadline)
            if left is not None and left <= 0:
                break
            done.update(group.watch.drain(left))
        return DoneAndNotDoneFutures(done, group.all - done)
    finally:
        group.release()


def _outcome_then_cancel(future, timeout=None):
    # Cancelling afterwards is a no-op for a finished future and stops one
    # the caller gave up on (timeout) from running later.
    try:
        return future.result(timeout)
    finally:
        future.cancel()


class Executor:
    """Interface of objects that run calls asynchronously and hand back futures."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) and return a Future for its outcome."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but the calls run on the executor.

        All calls are submitted at once; results are yielded in input order.
        Iterating raises TimeoutError if a result is not available timeout
        seconds after map() was called, and re-raises any exception a call
        raised.  chunksize is accepted for interface compatibility.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        # Popping from the end keeps no reference to results already yielded.
        futures.reverse()

        def results():
            try:
                while futures:
                    yield _outcome_then_cancel(futures.pop(), _time_left(deadline))
            finally:
                for f in futures:
                    f.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Release the executor's resources; no new calls may be submitted.

        With wait true, return only after pending calls have run.  With
        cancel_futures true, calls not yet started are cancelled.
        """
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False

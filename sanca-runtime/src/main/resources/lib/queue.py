"""Thread-safe queues for handing work between producer and consumer threads.

Queue hands items out first-in first-out, LifoQueue last-in first-out and
PriorityQueue smallest first; all three can be bounded.  SimpleQueue is an
unbounded FIFO without task tracking.  Empty and Full are raised when a
non-blocking or timed operation cannot proceed.
"""

import threading
from collections import deque
from heapq import heappush, heappop
from time import monotonic as _now

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    "No item was available to get (non-blocking call or timeout elapsed)."


class Full(Exception):
    "No free slot was available to put into (non-blocking call or timeout elapsed)."


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _await(cond, blocked, block, timeout, failure):
    # Called with cond held by a caller that found it cannot proceed: sleep
    # on cond while blocked() holds, giving up with `failure` when not
    # allowed to wait or when the time budget runs out.
    if not block:
        raise failure
    if timeout is None:
        while blocked():
            cond.wait()
        return
    give_up_at = _now() + timeout
    while blocked():
        left = give_up_at - _now()
        if left <= 0.0:
            raise failure
        cond.wait(left)


def _generic_alias(cls, item):
    import types
    return types.GenericAlias(cls, item)


class Queue:
    """FIFO queue shared between threads; maxsize <= 0 means unbounded.

    Subclasses change the ordering by overriding _init, _qsize, _put and _get,
    which always run with self.mutex held.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock guards the storage; three conditions share it so that
        # producers, consumers and joiners each wake only when relevant.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    __class_getitem__ = classmethod(_generic_alias)

    def _is_full(self):
        return 0 < self.maxsize <= self._qsize()

    def _is_empty(self):
        return not self._qsize()

    def task_done(self):
        """Mark one previously fetched item as fully processed.

        When every item put so far has been marked, threads blocked in join()
        are released.  Marking more items than were put is a ValueError.
        """
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            if left == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        """Wait until task_done() has been called for every item put."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """Number of items currently held (may be stale by the time it is used)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Whether no items are held right now (a hint, not a guarantee)."""
        with self.mutex:
            return self._is_empty()

    def full(self):
        """Whether a bounded queue is at capacity right now (a hint only)."""
        with self.mutex:
            return self._is_full()

    def put(self, item, block=True, timeout=None):
        """Add item, waiting for room when the queue is bounded and full.

        With block false, or once timeout seconds have passed, Full is
        raised instead of waiting.
        """
        with self.not_full:
            if self.maxsize > 0:
                # A negative timeout is refused even when no wait is needed.
                if block and timeout is not None:
                    _check_timeout(timeout)
                if self._qsize() >= self.maxsize:
                    _await(self.not_full, self._is_full, block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Take the next item out, waiting for one to arrive if needed.

        With block false, or once timeout seconds have passed, Empty is
        raised instead of waiting.
        """
        with self.not_empty:
            if block and timeout is not None:
                _check_timeout(timeout)
            if not self._qsize():
                _await(self.not_empty, self._is_empty, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """Same as put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Same as get(block=False)."""
        return self.get(block=False)

    # Storage hooks: a deque used from both ends.

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """Queue whose get() returns the smallest item held (a binary heap).

    Items are commonly (priority, data) tuples.
    """

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """Queue whose get() returns the item put most recently (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """Unbounded FIFO queue without task_done()/join() bookkeeping.

    put() never blocks, so it is safe to call from places that must not wait.
    """

    # CPython implements this class in C, in its _queue module.
    __module__ = '_queue'

    def __init__(self):
        self._items = deque()
        # Counts the items available; get() takes a permit before popping.
        self._available = threading.Semaphore(0)
        # Our deque is Python code: its append/popleft are not atomic as CPython's are.
        self._mutex = threading.Lock()

    __class_getitem__ = classmethod(_generic_alias)

    def put(self, item, block=True, timeout=None):
        """Append item; block and timeout exist only for Queue compatibility."""
        with self._mutex:
            self._items.append(item)
        self._available.release()

    def get(self, block=True, timeout=None):
        """Take the oldest item, waiting as Queue.get() does."""
        if block:
            _check_timeout(timeout)
        else:
            timeout = None
        if not self._available.acquire(block, timeout):
            raise Empty
        with self._mutex:
            return self._items.popleft()

    def put_nowait(self, item):
        """Same as put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Same as get(block=False)."""
        return self.get(block=False)

    def empty(self):
        """Whether no items are held right now (a hint only)."""
        return not self._items

    def qsize(self):
        """Number of items held right now (a hint only)."""
        return len(self._items)

"""Context-manager utilities: the `contextlib` module of Python 3.12, written for Sanca.

Behaviour follows the library reference for contextlib; the names and error texts a program
can observe are CPython's."""

import abc
import sys
from collections import deque
from functools import wraps
from types import GenericAlias, MethodType

__all__ = [
    "AbstractAsyncContextManager", "AbstractContextManager", "AsyncExitStack",
    "ContextDecorator", "ExitStack", "aclosing", "asynccontextmanager", "chdir",
    "closing", "contextmanager", "nullcontext", "redirect_stderr", "redirect_stdout",
    "suppress"]

_NO_YIELD = "generator didn't yield"
_NO_STOP = "generator didn't stop"


def _hook_for(*names):
    """A __subclasshook__ accepting classes whose MRO provides every one of `names` with a
    value other than None (None marks a deliberate opt-out)."""
    def hook(cls, other):
        if cls is not owner[0]:
            return NotImplemented
        for name in names:
            provider = next((k for k in other.__mro__ if name in k.__dict__), None)
            if provider is None or provider.__dict__[name] is None:
                return NotImplemented
        return True
    owner = []
    return owner, classmethod(hook)


_sync_owner, _sync_hook = _hook_for("__enter__", "__exit__")
_async_owner, _async_hook = _hook_for("__aenter__", "__aexit__")


class AbstractContextManager(abc.ABC):
    """The interface of `with` targets: `__enter__` (returning self by default) and
    `__exit__`."""

    __slots__ = ()
    __class_getitem__ = classmethod(GenericAlias)
    __subclasshook__ = _sync_hook

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc, tb):
        return None


class AbstractAsyncContextManager(abc.ABC):
    """The interface of `async with` targets: `__aenter__` and `__aexit__`."""

    __slots__ = ()
    __class_getitem__ = classmethod(GenericAlias)
    __subclasshook__ = _async_hook

    async def __aenter__(self):
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc, tb):
        return None


_sync_owner.append(AbstractContextManager)
_async_owner.append(AbstractAsyncContextManager)


class ContextDecorator:
    """Mixin letting a context manager decorate a function: each call of the function runs
    inside the manager."""

    def _recreate_cm(self):
        # A decorated function may run many times; a manager that can be entered only once
        # (one made by @contextmanager) overrides this to hand out a fresh copy per call.
        return self

    def __call__(self, func):
        @wraps(func)
        def run_inside(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return run_inside


class AsyncContextDecorator:
    """Mixin letting an async context manager decorate a coroutine function."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def run_inside(*args, **kwds):
            manager = self._recreate_cm()
            async with manager:
                return await func(*args, **kwds)
        return run_inside


class _GeneratorCM:
    """What @contextmanager and @asynccontextmanager share: the generator and how to make
    it again."""

    def __init__(self, func, args, kwds):
        self.func, self.args, self.kwds = func, args, kwds
        self.gen = func(*args, **kwds)
        # The decorated function's docstring is the best help text for the manager.
        self.__doc__ = getattr(func, "__doc__", None) or type(self).__doc__

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def _forget_call(self):
        # Once entered, the manager cannot be recreated: drop the references to the call.
        del self.func, self.args, self.kwds


def _thrown_back(raised, sent, tb, stop_types):
    """Decides the exit method's result after `sent` was thrown into the generator and it
    raised `raised`: False re-raises the original exception, True suppresses it, and None
    lets the generator's own exception propagate."""
    if raised is sent:
        raised.__traceback__ = tb
        return False
    if (isinstance(raised, RuntimeError) and raised.__cause__ is sent
            and isinstance(sent, stop_types)):
        # The generator machinery turned a StopIteration that reached the frame into a
        # RuntimeError (PEP 479): the caller should see its own StopIteration.
        sent.__traceback__ = tb
        return False
    return None


def _ended_by(stopped, sent):
    # Stopping while an exception was thrown in means it was swallowed, unless the stop
    # signal is that very exception travelling back out.
    return stopped is not sent


class _GeneratorContextManager(_GeneratorCM, AbstractContextManager, ContextDecorator):
    """Context manager made by @contextmanager from one call of a generator function."""

    def __enter__(self):
        self._forget_call()
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError(_NO_YIELD) from None

    def __exit__(self, exc_type, exc, tb):
        gen = self.gen
        if exc_type is None:
            try:
                next(gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError(_NO_STOP)
            finally:
                gen.close()
        sent = exc_type() if exc is None else exc
        try:
            gen.throw(sent)
        except StopIteration as stopped:
            return _ended_by(stopped, sent)
        except BaseException as raised:
            verdict = _thrown_back(raised, sent, tb, StopIteration)
            if verdict is None:
                raise
            return verdict
        try:
            raise RuntimeError(_NO_STOP + " after throw()")
        finally:
            gen.close()


class _AsyncGeneratorContextManager(_GeneratorCM, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Async context manager made by @asynccontextmanager from one call of an async
    generator function."""

    async def __aenter__(self):
        self._forget_call()
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError(_NO_YIELD) from None

    async def __aexit__(self, exc_type, exc, tb):
        agen = self.gen
        if exc_type is None:
            try:
                await anext(agen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError(_NO_STOP)
            finally:
                await agen.aclose()
        sent = exc_type() if exc is None else exc
        try:
            await agen.athrow(sent)
        except StopAsyncIteration as stopped:
            return _ended_by(stopped, sent)
        except BaseException as raised:
            verdict = _thrown_back(raised, sent, tb, (StopIteration, StopAsyncIteration))
            if verdict is None:
                raise
            return verdict
        try:
            raise RuntimeError(_NO_STOP + " after athrow()")
        finally:
            await agen.aclose()


def _manager_factory(func, manager_type):
    @wraps(func)
    def make_manager(*args, **kwds):
        return manager_type(func, args, kwds)
    return make_manager


def contextmanager(func):
    """Turns a generator function that yields once into a factory of context managers: the
    code before the yield runs on entry, the yielded value is bound by `as`, and the code
    after it runs on exit (an exception in the block is raised at the yield)."""
    return _manager_factory(func, _GeneratorContextManager)


def asynccontextmanager(func):
    """The asynchronous form of contextmanager, for an async generator function."""
    return _manager_factory(func, _AsyncGeneratorContextManager)


class closing(AbstractContextManager):
    """Calls thing.close() when the block ends; `as` binds thing itself."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Awaits thing.aclose() when the block ends; `as` binds thing itself."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    """Swaps one attribute of sys (named by the subclass's _stream) for the block."""

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack, so that one instance may be entered again while it is active.
        self._saved = []

    def __enter__(self):
        attr = self._stream
        self._saved.append(getattr(sys, attr))
        setattr(sys, attr, self._new_target)
        return self._new_target

    def __exit__(self, *exc):
        setattr(sys, self._stream, self._saved.pop())


class redirect_stdout(_RedirectStream):
    """Sends sys.stdout to another file-like object for the duration of the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Sends sys.stderr to another file-like object for the duration of the block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Silences the given exception types raised in the block; execution goes on after the
    with statement. In an exception group, the matching leaves are removed and the rest is
    raised."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return None
        wanted = self._exceptions
        if issubclass(exc_type, wanted):
            return True
        if not issubclass(exc_type, BaseExceptionGroup):
            return False
        rest = exc.split(wanted)[1]
        if rest is not None:
            raise rest
        return True


def _chain_onto(raised, pending, handled):
    """Gives `raised` (from an exit callback) the context it would have had if `pending` had
    been raised normally: the callback ran while `handled` was the exception being handled (or
    while none was), so the end of raised's context chain is `handled`; that link is replaced
    by `pending`. A chain that already reaches `pending`, or ends elsewhere, is left as it is."""
    link = raised
    while True:
        context = link.__context__
        if context is None or context is pending:
            return
        if context is handled:
            break
        link = context
    link.__context__ = pending


def _reraise_keeping_context(error):
    # Raising from here would set error.__context__ to whatever is being handled; put back
    # the chain built by _chain_onto so the traceback lists the exceptions in order.
    context = error.__context__
    try:
        raise error
    except BaseException:
        error.__context__ = context
        raise


def _exit_args(pending):
    if pending is None:
        return None, None, None
    return type(pending), pending, pending.__traceback__


class _BaseExitStack:
    """The callback stack that ExitStack and AsyncExitStack share: a deque of (is_sync,
    callable) pairs, each callable taking the three exit arguments."""

    def __init__(self):
        self._exit_callbacks = deque()

    def _register(self, func, is_sync=True):
        self._exit_callbacks.append((is_sync, func))

    def pop_all(self):
        """Moves the registered callbacks to a new stack, which it returns; this one is left
        empty."""
        moved = type(self)()
        moved._exit_callbacks, self._exit_callbacks = self._exit_callbacks, deque()
        return moved

    def push(self, exit):
        """Registers an __exit__-like callable, or a context manager's __exit__ method, to run
        on exit. Returns its argument, so that it can serve as a decorator."""
        method = getattr(type(exit), "__exit__", None)
        self._register(exit if method is None else MethodType(method, exit))
        return exit

    def enter_context(self, cm):
        """Enters a context manager and registers its __exit__; returns what __enter__ returned."""
        kind = type(cm)
        enter = getattr(kind, "__enter__", None)
        leave = getattr(kind, "__exit__", None)
        if enter is None or leave is None:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not "
                            "support the context manager protocol")
        value = enter(cm)
        self._register(MethodType(leave, cm))
        return value

    def callback(self, callback, /, *args, **kwds):
        """Registers callback(*args, **kwds) to run on exit; returns callback unchanged."""
        def on_exit(exc_type, exc, tb):
            callback(*args, **kwds)
        # Introspection sees what was registered, not the wrapper around it.
        on_exit.__wrapped__ = callback
        self._register(on_exit)
        return callback

    def _unwind_step(self, state, outcome_or_error, failed):
        """Folds one callback's result into state = [pending, suppressed, failed]."""
        if failed:
            _chain_onto(outcome_or_error, state[0], state[3])
            state[0], state[1], state[2] = outcome_or_error, False, True
        elif outcome_or_error:
            state[0], state[1], state[2] = None, True, False

    @staticmethod
    def _finish(state, received):
        if state[2]:
            _reraise_keeping_context(state[0])
        return received is not None and state[1]


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Runs registered cleanups, last registered first, when the block ends or close() is
    called; an exception a cleanup raises replaces the pending one, and a cleanup that returns
    true suppresses it."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received = exc_details[1]
        state = [received, False, False, sys.exception()]
        callbacks = self._exit_callbacks
        while callbacks:
            func = callbacks.pop()[1]
            try:
                outcome = func(*_exit_args(state[0]))
            except BaseException as raised:
                self._unwind_step(state, raised, True)
            else:
                self._unwind_step(state, outcome, False)
        return self._finish(state, received)

    def close(self):
        """Runs the cleanups now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """The asynchronous ExitStack: cleanups may be coroutine functions and async context
    managers."""

    async def enter_async_context(self, cm):
        """Enters an async context manager and registers its __aexit__; returns what
        __aenter__ returned."""
        kind = type(cm)
        enter = getattr(kind, "__aenter__", None)
        leave = getattr(kind, "__aexit__", None)
        if enter is None or leave is None:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not "
                            "support the asynchronous context manager protocol")
        value = await enter(cm)
        self._register(MethodType(leave, cm), False)
        return value

    def push_async_exit(self, exit):
        """Registers an __aexit__-like coroutine function, or an async context manager's
        __aexit__ method; returns its argument."""
        method = getattr(type(exit), "__aexit__", None)
        self._register(exit if method is None else MethodType(method, exit), False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Registers the coroutine function call callback(*args, **kwds) to run on exit."""
        async def on_exit(exc_type, exc, tb):
            await callback(*args, **kwds)
        on_exit.__wrapped__ = callback
        self._register(on_exit, False)
        return callback

    async def aclose(self):
        """Runs the cleanups now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received = exc_details[1]
        state = [received, False, False, sys.exception()]
        callbacks = self._exit_callbacks
        while callbacks:
            is_sync, func = callbacks.pop()
            try:
                outcome = func(*_exit_args(state[0]))
                if not is_sync:
                    outcome = await outcome
            except BaseException as raised:
                self._unwind_step(state, raised, True)
            else:
                self._unwind_step(state, outcome, False)
        return self._finish(state, received)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing; `as` binds enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *exc):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *exc):
        pass


class chdir(AbstractContextManager):
    """Changes the working directory to path for the block, and back afterwards (not safe
    when several threads change directory)."""

    def __init__(self, path):
        self.path = path
        self._previous = []

    def __enter__(self):
        from os import getcwd, chdir as change
        self._previous.append(getcwd())
        change(self.path)

    def __exit__(self, *exc):
        from os import chdir as change
        change(self._previous.pop())

"""Context-manager utilities: the `contextlib` module of Python 3.12, written for Sanca.

Behaviour follows the library reference for contextlib; the names and error texts a program
can observe are CPython's."""

import abc
import sys
from collections import deque
from functools import wraps
from types import GenericAlias, MethodType

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]


def _defines_all(cls, names):
    """True when every name is found along cls's MRO and none of them is set to None there."""
    mro = cls.__mro__
    for name in names:
        for klass in mro:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):
    """The interface of `with` targets: `__enter__` (returning self by default) and
    `__exit__`."""

    __class_getitem__ = classmethod(GenericAlias)
    __slots__ = ()

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, other):
        if cls is AbstractContextManager:
            return _defines_all(other, ("__enter__", "__exit__"))
        return NotImplemented


class AbstractAsyncContextManager(abc.ABC):
    """The interface of `async with` targets: `__aenter__` and `__aexit__`."""

    __class_getitem__ = classmethod(GenericAlias)
    __slots__ = ()

    async def __aenter__(self):
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, other):
        if cls is AbstractAsyncContextManager:
            return _defines_all(other, ("__aenter__", "__aexit__"))
        return NotImplemented


class ContextDecorator(object):
    "A base class or mixin that enables context managers to work as decorators."

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


class AsyncContextDecorator(object):
    "A base class or mixin that enables async context managers to work as decorators."

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def run_inside(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return run_inside


class _GeneratorCM:
    """What @contextmanager and @asynccontextmanager share: the generator and how to make
    it again."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        # The decorated function's docstring is the best help text for the manager.
        self.__doc__ = getattr(func, "__doc__", None) or type(self).__doc__

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def _forget_call(self):
        # Once entered, the manager cannot be recreated: drop the references to the call.
        del self.func, self.args, self.kwds


def _thrown_back(raised, sent, traceback, stop_type):
    """Decides __exit__'s result after `sent` was thrown into the generator and it raised
    `raised`: False re-raises the original exception, True suppresses it, and anything else
    propagates as the generator's own exception."""
    if raised is sent:
        raised.__traceback__ = traceback
        return False
    if isinstance(raised, RuntimeError) and isinstance(sent, stop_type) \
            and raised.__cause__ is sent:
        # The generator machinery turned a StopIteration that reached the frame into a
        # RuntimeError (PEP 479): the caller should see its own StopIteration.
        sent.__traceback__ = traceback
        return False
    return None


class _GeneratorContextManager(_GeneratorCM, AbstractContextManager, ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        self._forget_call()
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as stopped:
            return stopped is not value
        except BaseException as raised:
            verdict = _thrown_back(raised, value, traceback, StopIteration)
            if verdict is None:
                raise
            return verdict
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(_GeneratorCM, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        self._forget_call()
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await self.gen.aclose()
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as stopped:
            return stopped is not value
        except BaseException as raised:
            verdict = _thrown_back(raised, value, traceback, (StopIteration, StopAsyncIteration))
            if verdict is None:
                raise
            return verdict
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await self.gen.aclose()


def contextmanager(func):
    """Turns a generator function that yields once into a factory of context managers: the
    code before the yield runs on entry, the yielded value is bound by `as`, and the code
    after it runs on exit (an exception in the block is raised at the yield)."""
    @wraps(func)
    def make_manager(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return make_manager


def asynccontextmanager(func):
    """The asynchronous form of contextmanager, for an async generator function."""
    @wraps(func)
    def make_manager(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return make_manager


class closing(AbstractContextManager):
    """Calls thing.close() when the block ends; `as` binds thing itself."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Awaits thing.aclose() when the block ends; `as` binds thing itself."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack, so that one instance may be entered again while it is active.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


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

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return None
        if issubclass(exctype, self._exceptions):
            return True
        if issubclass(exctype, BaseExceptionGroup):
            unmatched = excinst.split(self._exceptions)[1]
            if unmatched is None:
                return True
            raise unmatched
        return False


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


class _BaseExitStack:
    """The callback stack that ExitStack and AsyncExitStack share."""

    def __init__(self):
        self._exit_callbacks = deque()

    @staticmethod
    def _callback_exit(callback, args, kwds):
        def exit_callback(exc_type, exc, tb):
            callback(*args, **kwds)
        return exit_callback

    def pop_all(self):
        """Moves the registered callbacks to a new stack, which it returns; this one is left
        empty."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return new_stack

    def push(self, exit):
        """Registers an __exit__-like callable, or a context manager's __exit__ method, to run
        on exit. Returns its argument, so that it can serve as a decorator."""
        cm_type = type(exit)
        try:
            exit_method = cm_type.__exit__
        except AttributeError:
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enters a context manager and registers its __exit__; returns what __enter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers callback(*args, **kwds) to run on exit; returns callback unchanged."""
        exit_callback = self._callback_exit(callback, args, kwds)
        # Introspection sees what was registered, not the wrapper around it.
        exit_callback.__wrapped__ = callback
        self._push_exit_callback(exit_callback)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        self._push_exit_callback(MethodType(cm_exit, cm), True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Runs registered cleanups, last registered first, when the block ends or close() is
    called; an exception a cleanup raises replaces the pending one, and a cleanup that returns
    true suppresses it."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received = exc_details[1]
        pending = received
        handled = sys.exception()
        suppressed = False
        failed = False
        while self._exit_callbacks:
            is_sync, callback = self._exit_callbacks.pop()
            assert is_sync
            details = (None, None, None) if pending is None else \
                (type(pending), pending, pending.__traceback__)
            try:
                if callback(*details):
                    pending = None
                    suppressed = True
                    failed = False
            except BaseException as raised:
                _chain_onto(raised, pending, handled)
                pending = raised
                failed = True
                suppressed = False
        if failed:
            # Raise the last callback's exception with the context the chain had before, so
            # the traceback shows every exception in the order they happened.
            try:
                context = pending.__context__
                raise pending
            except BaseException:
                pending.__context__ = context
                raise
        return received is not None and suppressed

    def close(self):
        """Runs the cleanups now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """The asynchronous ExitStack: cleanups may be coroutine functions and async context
    managers."""

    @staticmethod
    def _callback_aexit(callback, args, kwds):
        async def exit_callback(exc_type, exc, tb):
            await callback(*args, **kwds)
        return exit_callback

    async def enter_async_context(self, cm):
        """Enters an async context manager and registers its __aexit__; returns what
        __aenter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol"
                            ) from None
        result = await enter(cm)
        self._push_exit_callback(MethodType(exit, cm), False)
        return result

    def push_async_exit(self, exit):
        """Registers an __aexit__-like coroutine function, or an async context manager's
        __aexit__ method; returns its argument."""
        try:
            exit_method = type(exit).__aexit__
        except AttributeError:
            self._push_exit_callback(exit, False)
        else:
            self._push_exit_callback(MethodType(exit_method, exit), False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Registers the coroutine function call callback(*args, **kwds) to run on exit."""
        exit_callback = self._callback_aexit(callback, args, kwds)
        exit_callback.__wrapped__ = callback
        self._push_exit_callback(exit_callback, False)
        return callback

    async def aclose(self):
        """Runs the cleanups now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received = exc_details[1]
        pending = received
        handled = sys.exception()
        suppressed = False
        failed = False
        while self._exit_callbacks:
            is_sync, callback = self._exit_callbacks.pop()
            details = (None, None, None) if pending is None else \
                (type(pending), pending, pending.__traceback__)
            try:
                outcome = callback(*details) if is_sync else await callback(*details)
                if outcome:
                    pending = None
                    suppressed = True
                    failed = False
            except BaseException as raised:
                _chain_onto(raised, pending, handled)
                pending = raised
                failed = True
                suppressed = False
        if failed:
            try:
                context = pending.__context__
                raise pending
            except BaseException:
                pending.__context__ = context
                raise
        return received is not None and suppressed


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing; `as` binds enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Changes the working directory to path for the block, and back afterwards (not safe
    when several threads change directory)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())

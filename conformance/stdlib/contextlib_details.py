# conformance: native
# contextlib details: generator-manager errors, StopIteration through a manager, ExitStack
# order/suppression/chaining and errors, suppress with groups, ABC checks, async forms.
import contextlib
import io
import os
import sys


@contextlib.contextmanager
def gen_cm(tag, log):
    """Doc of gen_cm."""
    log.append('enter ' + tag)
    try:
        yield tag.upper()
    except KeyError as e:
        log.append('caught ' + repr(e))
    finally:
        log.append('exit ' + tag)


log = []
with gen_cm('a', log) as v:
    log.append(v)
with gen_cm('b', log):
    raise KeyError('k')
print(log, gen_cm.__name__, gen_cm.__doc__, gen_cm('x', []).__doc__)
cm = gen_cm('c', [])
print(type(cm).__name__, isinstance(cm, contextlib.AbstractContextManager),
      isinstance(cm, contextlib.ContextDecorator))


@contextlib.contextmanager
def no_yield():
    if False:
        yield


@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2


@contextlib.contextmanager
def keeps_yielding():
    while True:
        try:
            yield
        except Exception:
            pass


@contextlib.contextmanager
def plain():
    yield


for make, body in [(no_yield, None), (two_yields, None), (keeps_yielding, ValueError)]:
    try:
        with make():
            if body:
                raise body('x')
    except RuntimeError as e:
        print('RuntimeError', e)
for exc in [StopIteration('s'), ValueError('v'), GeneratorExit()]:
    try:
        with plain():
            raise exc
    except BaseException as e:
        print(type(e).__name__, e is exc)
m = plain()
m.__enter__()
print(m.__exit__(None, None, None))
try:
    m.__enter__()
except (AttributeError, RuntimeError, StopIteration) as e:
    print(type(e).__name__)
m = plain()
m.__enter__()
print(m.__exit__(ValueError, None, None) if False else 'skip')


@gen_cm('deco', log)
def decorated(x):
    return x * 2


log.clear()
print(decorated(3), decorated(4), log)


class Res:
    def __init__(self, name, out, suppress=False, fail=None):
        self.name, self.out, self.suppress, self.fail = name, out, suppress, fail

    def __enter__(self):
        self.out.append('in ' + self.name)
        return self.name

    def __exit__(self, t, v, tb):
        self.out.append('out %s %s' % (self.name, t.__name__ if t else None))
        if self.fail:
            raise self.fail
        return self.suppress


out = []
with contextlib.ExitStack() as st:
    print(st.enter_context(Res('r1', out)), st.enter_context(Res('r2', out, suppress=True)))
    f = st.callback(out.append, 'cb')
    print(f is out.append)
    st.push(lambda *a: out.append('push %s' % (a[0].__name__ if a[0] else None)))
    raise ValueError('boom')
print(out)
out = []
try:
    with contextlib.ExitStack() as st:
        st.enter_context(Res('r1', out))
        st.enter_context(Res('r2', out, fail=KeyError('from r2')))
        st.enter_context(Res('r3', out, fail=IndexError('from r3')))
        raise ValueError('orig')
except KeyError as e:
    chain = []
    c = e
    while c is not None:
        chain.append(repr(c))
        c = c.__context__
    print('KeyError', chain, out)
try:
    contextlib.ExitStack().enter_context(object())
except TypeError as e:
    print('TypeError', e)
st = contextlib.ExitStack()
st.callback(print, 'moved callback')
other = st.pop_all()
st.close()
print(type(other).__name__)
other.close()
res = Res('pushed', [])
st = contextlib.ExitStack()
print(st.push(res) is res)
st.close()
print(res.out)
st = contextlib.ExitStack()
cb = st.callback(print, 'x')
print([c for _, c in st._exit_callbacks][0].__wrapped__ is print)
st.pop_all()

with contextlib.suppress(KeyError, IndexError):
    {}['a']
print('after suppress')
try:
    with contextlib.suppress(KeyError):
        raise ExceptionGroup('eg', [KeyError(1), ValueError(2)])
except ExceptionGroup as e:
    print(repr(e))
with contextlib.suppress(KeyError):
    raise ExceptionGroup('eg', [KeyError(1), KeyError(2)])
with contextlib.suppress():
    pass
try:
    with contextlib.suppress():
        raise KeyError(5)
except KeyError as e:
    print('KeyError', e)

with contextlib.nullcontext(42) as v:
    print(v)
with contextlib.nullcontext() as v:
    print(v)
buf = io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print('hidden')
print(repr(buf.getvalue()), target is buf)
err = io.StringIO()
r = contextlib.redirect_stderr(err)
with r:
    with r:
        sys.stderr.write('e1')
    sys.stderr.write('e2')
print(repr(err.getvalue()), sys.stderr is sys.__stderr__)


class Closer:
    def close(self):
        print('closed')


with contextlib.closing(Closer()) as c:
    print(type(c).__name__)
here = os.getcwd()
with contextlib.chdir('/') as r:
    print(os.getcwd(), r)
print(os.getcwd() == here)


class OnlyExit:
    def __exit__(self, *a):
        pass


class Both(OnlyExit):
    def __enter__(self):
        return self


class Blocked(Both):
    __exit__ = None


print(issubclass(Both, contextlib.AbstractContextManager), issubclass(OnlyExit, contextlib.AbstractContextManager),
      issubclass(Blocked, contextlib.AbstractContextManager), issubclass(Both, contextlib.AbstractAsyncContextManager))
print(contextlib.AbstractContextManager[int], contextlib.AbstractAsyncContextManager[str])
try:
    contextlib.AbstractContextManager()
except TypeError as e:
    print('TypeError', e)


class Minimal(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        return None


mm = Minimal()
with mm as got:
    print(got is mm)


@contextlib.asynccontextmanager
async def agen(tag, out):
    out.append('enter ' + tag)
    try:
        yield tag
    finally:
        out.append('exit ' + tag)


@contextlib.asynccontextmanager
async def ano_yield():
    if False:
        yield


class ARes:
    def __init__(self, out):
        self.out = out

    async def __aenter__(self):
        self.out.append('aenter')
        return 'ares'

    async def __aexit__(self, *a):
        self.out.append('aexit')


async def main():
    out = []
    async with agen('a', out) as v:
        out.append(v)
    try:
        async with ano_yield():
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
    async with contextlib.AsyncExitStack() as st:
        print(await st.enter_async_context(ARes(out)), st.enter_context(Res('sync', out)))

        async def acb(x):
            out.append('acb ' + x)
        st.push_async_callback(acb, 'y')
        st.callback(out.append, 'scb')
    print(out)
    try:
        await contextlib.AsyncExitStack().enter_async_context(Res('n', []))
    except TypeError as e:
        print('TypeError', e)

    class AClose:
        async def aclose(self):
            print('aclosed')
    async with contextlib.aclosing(AClose()):
        pass
    async with contextlib.nullcontext(7) as v:
        print(v)

    @agen('d', out)
    async def adeco():
        return 'ran'
    print(await adeco())

def run(coro):
    # No event loop is needed: nothing here ever suspends.
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise AssertionError('suspended')


run(main())

"""Child interpreters started as the "spawn" start method starts them.

The JVM cannot fork, so every child is a fresh interpreter (sys.executable)
whose standard input and output carry a FramedStream to its parent.  The parent
sends what the child needs to look like it (sys.path, sys.argv, where the main
script is), then a picklable entry point and its arguments; the child runs
entry(channel, *args) and exits with the status it returns.

Text the child prints travels back over the connection and the parent writes
it to its own stdout.  The child's main module is the parent's script run as
__mp_main__, so that functions and classes defined there unpickle; it is run
the first time an attribute of it is needed, which is when the "spawn"
method's re-run of the script becomes visible, and only then."""

import _thread
import os
import pickle
import struct
import sys

from .connection import FramedStream, DATA, OUTPUT, REQUEST, ANSWER

__all__ = ['Channel', 'start_child', 'get_executable']

_BOOT = 'from multiprocessing.spawn import _child_main; _child_main()'
_REQUEST_ID = struct.Struct('!Q')

_BOOTSTRAP_ERROR = '''
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.

        To fix this issue, refer to the "Safe importing of main module"
        section in https://docs.python.org/3/library/multiprocessing.html
        '''


class _State:
    # In a child: the channel to the parent, and whether the main module is
    # being run (starting a process then would recurse without end).
    parent = None
    running_main = False
    executable = None


def get_executable():
    return _State.executable or sys.executable


def set_executable(path):
    _State.executable = os.fsdecode(path)


def parent_channel():
    """The Channel to the parent when this interpreter is a child, else None."""
    return _State.parent


class _Messages:
    """Objects over data messages, for a class with conn and recv_bytes()."""

    def recv(self):
        return pickle.loads(self.recv_bytes())

    def send_bytes(self, data):
        self.conn.write_frame(DATA, data)

    def send(self, obj):
        self.conn.write_frame(DATA, pickle.dumps(obj))


class Channel(_Messages):
    """A FramedStream with a thread reading it: data messages wait in an
    inbox for recv(), printed text is echoed, calls on shared objects go to `serve`,
    and answers to our own requests reach the thread that asked."""

    def __init__(self, conn, serve=None, name='channel', at_end=()):
        import queue
        import threading
        self.conn = conn
        self._serve = serve
        self._at_end = at_end
        self._inbox = queue.SimpleQueue()
        self._reader = threading.Thread(target=self._pump, name=name, daemon=True)
        self._reader.start()

    def _pump(self):
        try:
            while True:
                frame = self.conn.read_frame()
                if frame is None:
                    break
                kind, payload = frame
                if kind == DATA:
                    self._inbox.put(payload)
                elif kind == OUTPUT:
                    _echo(payload)
                elif kind == REQUEST and self._serve is not None:
                    self._serve(self, payload)
        except (OSError, ValueError):
            pass
        finally:
            self._inbox.put(None)
            for undo in self._at_end:
                undo()

    def recv_bytes(self):
        """The next data message; EOFError once the other side is gone."""
        payload = self._inbox.get()
        if payload is None:
            self._inbox.put(None)
            raise EOFError
        return payload

    def answer(self, payload, ok, value):
        """Answer the request `payload` carried."""
        rid = payload[:_REQUEST_ID.size]
        try:
            body = pickle.dumps((ok, value))
        except Exception as e:
            body = pickle.dumps((False, e))
        try:
            self.conn.write_frame(ANSWER, rid + body)
        except (OSError, ValueError):
            pass

    @staticmethod
    def request_of(payload):
        return pickle.loads(payload[_REQUEST_ID.size:])

    def drain(self):
        """Wait until the other side's messages have all been read."""
        import threading
        if self._reader is not threading.current_thread():
            self._reader.join()

    def close(self):
        self.conn.close()


def _echo(payload):
    out = sys.__stdout__
    if out is not None:
        out.write(payload.decode('utf-8', 'surrogateescape'))
        out.flush()


class Child:
    """A child interpreter running entry(channel, *args)."""

    def __init__(self, popen, channel):
        self.popen = popen
        self.pid = popen.pid
        self.channel = channel

    def send(self, obj):
        self.channel.send(obj)

    def send_bytes(self, data):
        self.channel.send_bytes(data)

    def recv(self):
        return self.channel.recv()

    def finish_input(self):
        """Close our end of the child's input: it sees the end of its stream."""
        try:
            self.popen.stdin.close()
        except OSError:
            pass

    def wait(self, timeout=None):
        """The child's exit status once it has ended (None after timeout
        seconds), and everything it sent has been read."""
        import subprocess
        try:
            code = self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            return None
        self.channel.drain()
        return code

    def poll(self):
        return self.popen.poll()

    def kill(self, sig=9):
        self.popen.send_signal(sig)


def _main_path():
    main = sys.modules.get('__main__')
    path = getattr(main, '__file__', None)
    if not path or getattr(main, '__name__', None) not in ('__main__', '__mp_main__'):
        return None
    return os.path.abspath(path)


def start_child(entry, args=(), name=None):
    """Start a child interpreter that runs entry(channel, *args); returns a
    Child, whose calls on our shared objects are answered.  Pickling the
    entry point fails here, before any process exists."""
    if _State.running_main:
        raise RuntimeError(_BOOTSTRAP_ERROR)
    from . import _shared
    start, undo = _shared.pickle_for_child((entry, args))
    setup = pickle.dumps({'sys_path': list(sys.path), 'sys_argv': list(sys.argv),
                          'main_path': _main_path(), 'name': name})
    import subprocess
    env = dict(os.environ)
    # The launcher must not rebuild for a child: it runs the code its parent runs.
    env['SANCA_NO_BUILD'] = '1'
    popen = subprocess.Popen([get_executable(), '-c', _BOOT], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, env=env)
    conn = FramedStream(popen.stdout, popen.stdin)
    channel = Channel(conn, _shared.serve, name=f'channel-{popen.pid}', at_end=undo)
    try:
        channel.send_bytes(setup)
        channel.send_bytes(start)
    except OSError:
        pass
    return Child(popen, channel)


# the child's side: kept to os, pickle and _thread, so that a child starts quickly

class _ParentLink(_Messages):
    """The child's end of its channel, read by whichever thread needs a
    message: frames meant for another thread wait in `_data` or `_answers`."""

    def __init__(self, conn):
        self.conn = conn
        self._read_lock = _thread.allocate_lock()
        self._id_lock = _thread.allocate_lock()
        self._next_id = 0
        self._data = []
        self._answers = {}
        self._eof = False

    def _await(self, take):
        while True:
            got = take()
            if got is not None:
                return got
            if self._eof:
                raise EOFError
            # A thread blocked reading for someone else may stash ours: look again soon.
            if not self._read_lock.acquire(timeout=0.05):
                continue
            try:
                got = take()
                if got is not None:
                    return got
                frame = self.conn.read_frame()
                if frame is None:
                    self._eof = True
                elif frame[0] == DATA:
                    self._data.append(frame[1])
                elif frame[0] == ANSWER:
                    (rid,) = _REQUEST_ID.unpack_from(frame[1])
                    self._answers[rid] = frame[1][_REQUEST_ID.size:]
            finally:
                self._read_lock.release()

    def _take_data(self):
        try:
            return self._data.pop(0)
        except IndexError:
            return None

    def recv_bytes(self):
        return self._await(self._take_data)

    def ask(self, request):
        """Send a request to the parent and wait for its answer: the value,
        or the exception raised for it."""
        with self._id_lock:
            rid = self._next_id
            self._next_id += 1
        self.conn.write_frame(REQUEST, _REQUEST_ID.pack(rid) + pickle.dumps(request))
        try:
            answer = self._await(lambda: self._answers.pop(rid, None))
        except EOFError:
            raise EOFError("the parent process is gone") from None
        ok, value = pickle.loads(answer)
        if ok:
            return value
        raise value


class _FdReader:
    def __init__(self, fd):
        self.fd = fd

    def read(self, n):
        return os.read(self.fd, n)

    def close(self):
        os.close(self.fd)


class _FdWriter(_FdReader):
    def write(self, data):
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view):]

    def flush(self):
        pass


class _Forwarder:
    """sys.stdout of a child: complete lines go to the parent as they come."""

    encoding = 'utf-8'
    errors = 'strict'
    closed = False

    def __init__(self, conn):
        self._conn = conn
        self._pending = []
        self._lock = _thread.allocate_lock()

    def writable(self):
        return True

    def isatty(self):
        return False

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        with self._lock:
            self._pending.append(s)
            if '\n' in s:
                self._send()
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        with self._lock:
            self._send()

    def _send(self):
        if self._pending:
            text = ''.join(self._pending)
            self._pending.clear()
            try:
                self._conn.write_frame(OUTPUT, text.encode('utf-8', 'surrogateescape'))
            except (OSError, ValueError):
                pass


class _NoInput:
    """sys.stdin of a child: /dev/null, opened when first used."""

    def __getattr__(self, name):
        sys.stdin = open(os.devnull)
        return getattr(sys.stdin, name)


def _install_main(path):
    """Make __main__ (and __mp_main__) a module that runs the parent's script
    as __mp_main__ when something first looks up a name it lacks."""
    module = type(sys)('__mp_main__')
    module.__file__ = path

    def run_script_for(name):
        del module.__getattr__
        _State.running_main = True
        try:
            with open(path, 'rb') as f:
                source = f.read()
            exec(compile(source, path, 'exec'), module.__dict__)
        finally:
            _State.running_main = False
        try:
            return module.__dict__[name]
        except KeyError:
            raise AttributeError(f"module '__mp_main__' has no attribute {name!r}") from None

    module.__getattr__ = run_script_for
    module.__builtins__ = __builtins__
    sys.modules['__main__'] = sys.modules['__mp_main__'] = module


def _child_main():
    # Our stdout is the channel: keep it under a new descriptor and let
    # descriptor 1 write where stderr does, so nothing else can garble it.
    channel_fd = os.dup(1)
    os.dup2(2, 1)
    conn = FramedStream(_FdReader(0), _FdWriter(channel_fd))
    forwarder = _Forwarder(conn)
    sys.stdout = sys.__stdout__ = forwarder
    sys.stdin = _NoInput()
    channel = _ParentLink(conn)
    _State.parent = channel
    setup = channel.recv()
    sys.path[:] = setup['sys_path']
    sys.argv[:] = setup['sys_argv']
    if setup['main_path']:
        _install_main(setup['main_path'])
    from . import process
    process._become_child(setup['name'])
    entry, args = channel.recv()
    try:
        status = entry(channel, *args)
    finally:
        forwarder.flush()
    sys.exit(status)

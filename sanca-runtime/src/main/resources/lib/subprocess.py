"""Start programs as child processes, talk to them through pipes, and collect
their exit status.

Popen is the process object; run, call, check_call, check_output, getoutput
and getstatusoutput are the everyday ways to use it.  The JVM cannot fork, so
posix._spawn starts the child (through java.lang.ProcessBuilder) and returns
descriptors of the pipes it made, which become ordinary file objects here."""

import io
import os
import sys
import time
import types
from posix import _spawn, _wait_child

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_READ_CHUNK = 32768


class SubprocessError(Exception):
    pass


def _signal_name(number):
    import signal
    try:
        return repr(signal.Signals(number))
    except ValueError:
        return None


def _output_alias():
    def get(self):
        return self.output

    def set(self, value):
        self.output = value
    return property(get, set, doc="Another name for output.")


class CalledProcessError(SubprocessError):
    """Raised by check_call, check_output and run(check=True) when the
    program ends with a non-zero status; carries returncode, cmd, output
    (also called stdout) and stderr."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        code = self.returncode
        if code and code < 0:
            name = _signal_name(-code)
            if name is None:
                return f"Command '{self.cmd}' died with unknown signal {-code}."
            return f"Command '{self.cmd}' died with {name}."
        return f"Command '{self.cmd}' returned non-zero exit status {code}."

    stdout = _output_alias()


class TimeoutExpired(SubprocessError):
    """Raised when a wait for a child outlasts its timeout; carries cmd,
    timeout and whatever output (also called stdout) and stderr had arrived."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return f"Command '{self.cmd}' timed out after {self.timeout} seconds"

    stdout = _output_alias()


class CompletedProcess:
    """What run() returns: the args, the returncode, and the captured stdout
    and stderr (None when not captured)."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = [f'args={self.args!r}', f'returncode={self.returncode!r}']
        for name in ('stdout', 'stderr'):
            value = getattr(self, name)
            if value is not None:
                parts.append(f'{name}={value!r}')
        return f"{type(self).__name__}({', '.join(parts)})"

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the returncode is not zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _command_of(popenargs, kwargs):
    args = kwargs.get("args")
    return args if args is not None else popenargs[0]


def call(*popenargs, timeout=None, **kwargs):
    """Run a command, wait for it, and return its returncode."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run a command and wait for it; return 0, or raise CalledProcessError
    when it fails."""
    code = call(*popenargs, **kwargs)
    if code:
        raise CalledProcessError(code, _command_of(popenargs, kwargs))
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return what it wrote to stdout; raise
    CalledProcessError when it fails."""
    for name in ('stdout', 'check'):
        if name in kwargs:
            raise ValueError(f'{name} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        textual = (kwargs.get('universal_newlines') or kwargs.get('text')
                   or kwargs.get('encoding') or kwargs.get('errors'))
        kwargs['input'] = '' if textual else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it, and return a CompletedProcess.

    input is sent to its stdin; capture_output collects stdout and stderr;
    check raises CalledProcessError for a non-zero status; timeout kills the
    child and raises TimeoutExpired."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            out, err = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        code = process.poll()
        if check and code:
            raise CalledProcessError(code, process.args, output=out, stderr=err)
    return CompletedProcess(process.args, code, out, err)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Run cmd in a shell; return (exitcode, output) with stderr merged into
    the output and one trailing newline removed."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        status = 0
    except CalledProcessError as failed:
        data = failed.output
        status = failed.returncode
    if data.endswith('\n'):
        data = data[:-1]
    return status, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of cmd run in a shell, as getstatusoutput gives it."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """Join arguments into one command line quoted as the Microsoft C runtime
    parses it (backslashes are literal except before a double quote)."""
    pieces = []
    for arg in map(os.fsdecode, seq):
        needs_quotes = not arg or ' ' in arg or '\t' in arg
        out = []
        slashes = 0
        for ch in arg:
            if ch == '\\':
                slashes += 1
                continue
            if ch == '"':
                out.append('\\' * (2 * slashes + 1) + '"')
            else:
                out.append('\\' * slashes + ch)
            slashes = 0
        if needs_quotes:
            out.append('\\' * (2 * slashes) + '"')
            pieces.append('"' + ''.join(out))
        else:
            out.append('\\' * slashes)
            pieces.append(''.join(out))
    return ' '.join(pieces)


def _stream_spec(value):
    """What posix._spawn takes for a stream argument: None, one of the
    constants, or a descriptor (from an int or an object with fileno())."""
    if value is None or value in (PIPE, STDOUT, DEVNULL):
        return value
    if isinstance(value, int):
        return value
    return value.fileno()


def _find_program(name, env):
    """The program file exec would run for name: name itself when it holds a
    slash, else the first executable match along PATH (of env when given)."""
    if os.path.dirname(name):
        _check_loadable(name)
        return name
    denied = None
    for folder in os.get_exec_path(env):
        candidate = os.path.join(folder, name)
        if os.path.isfile(candidate):
            if os.access(candidate, os.X_OK):
                _check_loadable(candidate)
                return candidate
            denied = candidate
        elif os.path.isdir(candidate):
            denied = candidate
    code = 13 if denied else 2
    raise OSError(code, os.strerror(code), name)


def _check_loadable(path):
    # The JDK runs a file that is neither a binary nor a '#!' script through
    # /bin/sh; exec itself refuses it.
    try:
        with open(path, 'rb') as f:
            head = f.read(4)
    except OSError:
        return
    if head and head != b'\x7fELF' and not head.startswith(b'#!'):
        raise OSError(8, os.strerror(8), path)


class Popen:
    """A child process running a program.

    args is a sequence (the program and its arguments) or, with shell=True,
    a string for /bin/sh.  stdin, stdout and stderr are each None (ours),
    PIPE, DEVNULL, STDOUT (stderr only), a descriptor or a file object.  With
    text (or universal_newlines, encoding, errors) the pipes are text files."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self.encoding = encoding
        self.errors = errors
        self._reading = None
        self._wait_lock = None
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if pipesize is None:
            pipesize = -1
        if not isinstance(pipesize, int):
            raise TypeError("pipesize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        self._refuse_unforkable(preexec_fn, pass_fds, user, group, extra_groups, umask)
        if text is not None and universal_newlines is not None and \
                bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines '
                                  'are supplied but different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.universal_newlines = self.text_mode
        line_buffering = bufsize == 1 and self.text_mode
        if bufsize == 1:
            # The text layer does the line buffering; the byte layer gets the default.
            if not self.text_mode:
                import warnings
                warnings.warn("line buffering (buffering=1) isn't supported in binary mode, "
                              "the default buffer size will be used", RuntimeWarning)
            bufsize = -1
        argv = self._argv(args, executable, shell, env)
        pid, child_in, child_out, child_err = _spawn(
            argv, cwd, env, _stream_spec(stdin), _stream_spec(stdout), _stream_spec(stderr))
        self.pid = pid
        if child_in != -1:
            self.stdin = io.open(child_in, 'wb', bufsize)
            if self.text_mode:
                self.stdin = io.TextIOWrapper(self.stdin, write_through=True,
                                              line_buffering=line_buffering,
                                              encoding=encoding, errors=errors)
        for attr, fd in (('stdout', child_out), ('stderr', child_err)):
            if fd != -1:
                stream = io.open(fd, 'rb', bufsize)
                if self.text_mode:
                    stream = io.TextIOWrapper(stream, encoding=encoding, errors=errors)
                setattr(self, attr, stream)

    @staticmethod
    def _refuse_unforkable(preexec_fn, pass_fds, user, group, extra_groups, umask):
        # These act between fork and exec, which a JVM cannot reach.
        for given, what in ((preexec_fn is not None, 'preexec_fn'), (bool(pass_fds), 'pass_fds'),
                            (user is not None, 'user'), (group is not None, 'group'),
                            (extra_groups is not None, 'extra_groups'), (umask != -1, 'umask')):
            if given:
                raise ValueError(f"The '{what}' parameter is not supported on this platform: "
                                 "the JVM starts children without fork()")

    @staticmethod
    def _argv(args, executable, shell, env):
        if isinstance(args, (str, bytes)):
            argv = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = ['/bin/sh', '-c'] + argv
            if executable:
                argv[0] = executable
        elif executable is not None:
            argv[0] = executable
        program = os.fsdecode(argv[0])
        argv[0] = _find_program(program, env)
        return argv

    def __repr__(self):
        text = f"<{type(self).__name__}: returncode: {self.returncode} args: {self.args!r}>"
        return text if len(text) <= 80 else text[:76] + "...>"

    __class_getitem__ = classmethod(types.GenericAlias)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for stream in (self.stdout, self.stderr):
            if stream:
                stream.close()
        try:
            if self.stdin:
                self.stdin.close()
        except BrokenPipeError:
            pass
        finally:
            if exc_type is not KeyboardInterrupt:
                self.wait()

    # waiting

    def poll(self):
        """The returncode when the child has ended, else None."""
        return self._reap(0)

    def wait(self, timeout=None):
        """Wait for the child to end and return its returncode; raise
        TimeoutExpired when timeout seconds pass first."""
        code = self._reap(timeout)
        if code is None:
            raise TimeoutExpired(self.args, timeout)
        return code

    def _reap(self, timeout):
        if self.returncode is not None:
            return self.returncode
        if self._wait_lock is None:
            import threading
            self._wait_lock = threading.Lock()
        if not self._wait_lock.acquire(timeout=-1 if timeout is None else max(timeout, 0)):
            return None
        try:
            if self.returncode is None:
                self.returncode = _wait_child(self.pid, timeout)
        finally:
            self._wait_lock.release()
        return self.returncode

    # signals

    def send_signal(self, sig):
        """Send signal sig to the child, unless it has ended already."""
        self.poll()
        if self.returncode is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass

    def terminate(self):
        """Ask the child to end (SIGTERM)."""
        self.send_signal(15)

    def kill(self):
        """End the child at once (SIGKILL)."""
        self.send_signal(9)

    # talking

    def communicate(self, input=None, timeout=None):
        """Send input to the child's stdin, read its stdout and stderr until
        they end, wait for it, and return (stdout_data, stderr_data).

        With a timeout the child keeps running when TimeoutExpired is raised;
        a later call carries on and returns everything read."""
        if self._reading is not None and input:
            raise ValueError("Cannot send input after starting communication")
        pipes = [s for s in (self.stdin, self.stdout, self.stderr) if s is not None]
        if timeout is None and self._reading is None and len(pipes) < 2:
            return self._communicate_simply(input)
        deadline = None if timeout is None else time.monotonic() + timeout
        if self._reading is None:
            self._reading = _Exchange(self, input)
        exchange = self._reading
        if not exchange.join(deadline):
            out, err = exchange.results(self, partial=True)
            raise TimeoutExpired(self.args, timeout, output=out, stderr=err)
        out, err = exchange.results(self)
        self.wait(timeout=None if deadline is None else deadline - time.monotonic())
        return out, err

    def _communicate_simply(self, input):
        out = err = None
        if self.stdin:
            _send(self.stdin, input)
        elif self.stdout:
            out = self.stdout.read()
            self.stdout.close()
        elif self.stderr:
            err = self.stderr.read()
            self.stderr.close()
        self.wait()
        return out, err

    def _decode(self, data):
        text = data.decode(self.encoding or 'utf-8', self.errors or 'strict')
        return text.replace('\r\n', '\n').replace('\r', '\n')


def _send(stream, data):
    """Write data (if any) to a child's stdin and close it; a child that
    stopped reading is not an error."""
    try:
        if data:
            stream.write(data)
        stream.close()
    except BrokenPipeError:
        pass


class _Exchange:
    """The threads of one communicate(): one feeds stdin, one drains each of
    stdout and stderr into a list of chunks, so a timeout loses nothing."""

    def __init__(self, popen, input):
        import threading
        self.threads = []
        self.chunks = {}
        if popen.stdin:
            if input is not None and popen.text_mode and isinstance(input, str):
                input = input.encode(popen.encoding or 'utf-8', popen.errors or 'strict')
            target = popen.stdin.buffer if popen.text_mode else popen.stdin
            self._start(threading, _send, target, input)
        for name in ('stdout', 'stderr'):
            stream = getattr(popen, name)
            if stream:
                self.chunks[name] = []
                raw = stream.buffer if popen.text_mode else stream
                self._start(threading, self._drain, raw, self.chunks[name])

    def _start(self, threading, target, *args):
        t = threading.Thread(target=target, args=args, daemon=True)
        t.start()
        self.threads.append(t)

    @staticmethod
    def _drain(stream, chunks):
        try:
            while True:
                piece = stream.read1(_READ_CHUNK)
                if not piece:
                    break
                chunks.append(piece)
        finally:
            stream.close()

    def join(self, deadline):
        for t in self.threads:
            if deadline is None:
                t.join()
            else:
                t.join(max(deadline - time.monotonic(), 0))
                if t.is_alive():
                    return False
        return True

    def results(self, popen, partial=False):
        """What arrived on stdout and stderr; when cut short by a timeout,
        None for a stream that sent nothing yet."""
        found = []
        for name in ('stdout', 'stderr'):
            chunks = self.chunks.get(name)
            if chunks is None or partial and not chunks:
                found.append(None)
                continue
            data = b''.join(chunks)
            found.append(popen._decode(data) if popen.text_mode else data)
        return tuple(found)

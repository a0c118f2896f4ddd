"""Process objects: run a callable in a child interpreter and wait for it."""

import itertools
import os
import sys

__all__ = ['BaseProcess', 'Process', 'current_process', 'active_children', 'parent_process']

# signal's numbers, without the cost of importing its enums
_SIGTERM = 15
_SIGKILL = 9


class BaseProcess:
    """A callable (target, or an overriding run method) run in a child
    process started by start()."""

    _counter = itertools.count(1)

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        here = current_process()
        self._identity = here._identity + (next(here._children_count),)
        self._config = dict(here._config)
        self._parent_pid = os.getpid()
        self._parent_name = here.name
        self._child = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or (type(self).__name__ + '-' + ':'.join(map(str, self._identity)))
        self._children_count = itertools.count(1)
        if daemon is not None:
            self.daemon = daemon

    def run(self):
        """What the child runs; the default calls target(*args, **kwargs)."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        """Start the child process."""
        self._check_closed()
        assert self._child is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), 'can only start a process object created by current process'
        assert not current_process()._config.get('daemon'), \
            'daemonic processes are not allowed to have children'
        _reap_finished()
        from . import spawn
        self._child = spawn.start_child(_run_process, (self,), name=self._name)
        _children.add(self)

    def __getstate__(self):
        state = dict(self.__dict__)
        state['_child'] = None
        state.pop('_children_count', None)
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._children_count = itertools.count(1)

    def terminate(self):
        """Ask the child to stop (SIGTERM)."""
        self._check_closed()
        if self._child is not None:
            self._child.kill(_SIGTERM)

    def kill(self):
        """Stop the child at once (SIGKILL)."""
        self._check_closed()
        if self._child is not None:
            self._child.kill(_SIGKILL)

    def join(self, timeout=None):
        """Wait at most timeout seconds (forever when None) for the child."""
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._child is not None, 'can only join a started process'
        if self._child.wait(timeout) is not None:
            _children.discard(self)

    def is_alive(self):
        self._check_closed()
        if self is _current[0]:
            return True
        if self._child is None:
            return False
        return self._child.poll() is None

    def close(self):
        """Release the process object; the child must have ended."""
        if self._child is not None:
            if self._child.poll() is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            self._child.channel.close()
            _children.discard(self)
        self._closed = True

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._child is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def authkey(self):
        return self._config.get('authkey', b'')

    @authkey.setter
    def authkey(self, authkey):
        self._config['authkey'] = bytes(authkey)

    @property
    def exitcode(self):
        """None while the child runs, then its exit status (-N after signal N)."""
        self._check_closed()
        if self._child is None:
            return None
        return self._child.poll()

    @property
    def ident(self):
        self._check_closed()
        if self is _current[0]:
            return os.getpid()
        return self._child and self._child.pid

    pid = ident

    @property
    def sentinel(self):
        self._check_closed()
        if self._child is None:
            raise ValueError("process not started")
        return self._child.popen.stdout.fileno()

    def __repr__(self):
        code = None
        if self is _current[0]:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._child is None:
            status = 'initial'
        else:
            code = self._child.poll()
            status = 'started' if code is None else 'stopped'
        info = [type(self).__name__, f'name={self._name!r}']
        if self._child is not None:
            info.append(f'pid={self._child.pid}')
        info.append(f'parent={self._parent_pid}')
        info.append(status)
        if code is not None:
            if code < 0:
                import signal
                try:
                    code = signal.Signals(-code).name
                except ValueError:
                    pass
            info.append(f'exitcode={code}')
        if self.daemon:
            info.append('daemon')
        return '<' + ' '.join(info) + '>'


class Process(BaseProcess):
    pass


class _MainProcess(BaseProcess):
    """This interpreter (or, with a pid, its parent) as a process object."""

    def __init__(self, name='MainProcess', pid=None):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._parent_name = None
        self._child = None
        self._closed = False
        self._target = None
        self._config = {}
        self._children_count = itertools.count(1)


_current = [_MainProcess()]
_children = set()


def current_process():
    """The Process object of this interpreter."""
    return _current[0]


def parent_process():
    """The Process object of the parent of this interpreter, None in the main one."""
    return _parent[0]


_parent = [None]


def active_children():
    """The children started here that still run (finished ones are forgotten)."""
    _reap_finished()
    return list(_children)


def _reap_finished():
    for p in list(_children):
        if p._child is not None and p._child.poll() is not None:
            _children.discard(p)


class _ParentProcess(_MainProcess):
    @property
    def ident(self):
        return self._pid

    pid = ident

    def is_alive(self):
        return True


def _become_child(name):
    """Called in a freshly started child before its entry point runs."""
    if name is not None:
        _parent[0] = _ParentProcess('MainProcess', os.getppid())


def _run_process(channel, process):
    """The entry point of a Process's child: run it, report as CPython does."""
    _current[0] = process
    process._children_count = itertools.count(1)
    code = 1
    try:
        process.run()
        code = 0
    except SystemExit as e:
        if e.code is None:
            code = 0
        elif isinstance(e.code, int):
            code = e.code
        else:
            sys.stderr.write(str(e.code) + '\n')
            code = 1
    except BaseException:
        import traceback
        sys.stderr.write(f'Process {process.name}:\n')
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    return code


def _finish_children():
    # At exit, as CPython's multiprocessing does: daemonic children are
    # terminated, the others waited for.
    for p in list(_children):
        if p.daemon and p.is_alive():
            p.terminate()
    for p in list(_children):
        if p._child is not None:
            p._child.wait()
    _children.clear()


import atexit as _atexit
_atexit.register(_finish_children)

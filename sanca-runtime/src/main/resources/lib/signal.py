"""Signal numbers of Linux and their names (Signals), the SIG_DFL/SIG_IGN
dispositions (Handlers), the sigprocmask operations (Sigmasks), and
strsignal.  Installing Python-level handlers is not offered: the JVM owns the
process's signal dispositions."""

from enum import IntEnum as _IntEnum

# (number, name, description), in the order of the C library's table.
_TABLE = [
    (1, 'SIGHUP', 'Hangup'), (2, 'SIGINT', 'Interrupt'), (3, 'SIGQUIT', 'Quit'),
    (4, 'SIGILL', 'Illegal instruction'), (5, 'SIGTRAP', 'Trace/breakpoint trap'),
    (6, 'SIGABRT', 'Aborted'), (7, 'SIGBUS', 'Bus error'),
    (8, 'SIGFPE', 'Floating point exception'), (9, 'SIGKILL', 'Killed'),
    (10, 'SIGUSR1', 'User defined signal 1'), (11, 'SIGSEGV', 'Segmentation fault'),
    (12, 'SIGUSR2', 'User defined signal 2'), (13, 'SIGPIPE', 'Broken pipe'),
    (14, 'SIGALRM', 'Alarm clock'), (15, 'SIGTERM', 'Terminated'),
    (16, 'SIGSTKFLT', 'Stack fault'), (17, 'SIGCHLD', 'Child exited'),
    (18, 'SIGCONT', 'Continued'), (19, 'SIGSTOP', 'Stopped (signal)'),
    (20, 'SIGTSTP', 'Stopped'), (21, 'SIGTTIN', 'Stopped (tty input)'),
    (22, 'SIGTTOU', 'Stopped (tty output)'), (23, 'SIGURG', 'Urgent I/O condition'),
    (24, 'SIGXCPU', 'CPU time limit exceeded'), (25, 'SIGXFSZ', 'File size limit exceeded'),
    (26, 'SIGVTALRM', 'Virtual timer expired'), (27, 'SIGPROF', 'Profiling timer expired'),
    (28, 'SIGWINCH', 'Window changed'), (29, 'SIGIO', 'I/O possible'),
    (30, 'SIGPWR', 'Power failure'), (31, 'SIGSYS', 'Bad system call'),
]
_ALIASES = {'SIGIOT': 6, 'SIGCLD': 17, 'SIGPOLL': 29}
_RT_FIRST, _RT_LAST = 34, 64
NSIG = _RT_LAST + 1

Signals = _IntEnum('Signals', [(name, num) for num, name, _ in _TABLE]
                   + [('SIGRTMIN', _RT_FIRST), ('SIGRTMAX', _RT_LAST)]
                   + list(_ALIASES.items()), module=__name__)
Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module=__name__)
Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1), ('SIG_SETMASK', 2)],
                    module=__name__)
globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)

_DESCRIPTIONS = {num: text for num, _, text in _TABLE}


def strsignal(signalnum):
    """The system's description of a signal, or None when it has none."""
    number = int(signalnum)
    if number < 1 or number >= NSIG:
        raise ValueError("signal number out of range")
    if number >= _RT_FIRST:
        return f'Real-time signal {number - _RT_FIRST}'
    return _DESCRIPTIONS.get(number)


def valid_signals():
    """The set of signal numbers valid on this platform."""
    known = Signals._value2member_map_
    return {known.get(num, num) for num in range(1, NSIG)
            if num in _DESCRIPTIONS or num >= _RT_FIRST}


def default_int_handler(signalnum, frame, /):
    """The default handler for SIGINT installed by Python.

It raises KeyboardInterrupt."""
    raise KeyboardInterrupt

"""Run Python code in other processes: Process, Queue, Pool, cpu_count.

Children are fresh interpreters started as CPython's "spawn" start method
starts them (see multiprocessing.spawn).  What crosses between processes is
pickled."""

import sys

from . import context as _context
from .context import ProcessError, BufferTooShort, TimeoutError, AuthenticationError
from .process import Process, current_process, active_children, parent_process

__all__ = ['Process', 'current_process', 'active_children', 'parent_process', 'ProcessError',
           'BufferTooShort', 'TimeoutError', 'AuthenticationError', 'cpu_count', 'Queue',
           'JoinableQueue', 'SimpleQueue', 'Pool', 'Manager', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Event', 'Value', 'Array', 'RawValue', 'RawArray', 'Pipe',
           'freeze_support', 'get_context', 'get_start_method', 'set_start_method',
           'get_all_start_methods', 'set_executable', 'allow_connection_pickling', 'SUBDEBUG',
           'SUBWARNING']

SUBDEBUG = 5
SUBWARNING = 25

_ctx = _context._default_context
cpu_count = _ctx.cpu_count
Queue = _ctx.Queue
JoinableQueue = _ctx.JoinableQueue
SimpleQueue = _ctx.SimpleQueue
Pool = _ctx.Pool
Manager = _ctx.Manager
Lock = _ctx.Lock
RLock = _ctx.RLock
Semaphore = _ctx.Semaphore
BoundedSemaphore = _ctx.BoundedSemaphore
Event = _ctx.Event
Value = _ctx.Value
Array = _ctx.Array
RawValue = _ctx.RawValue
RawArray = _ctx.RawArray
Pipe = _ctx.Pipe
freeze_support = _ctx.freeze_support
get_context = _ctx.get_context
get_start_method = _ctx.get_start_method
set_start_method = _ctx.set_start_method
get_all_start_methods = _ctx.get_all_start_methods
set_executable = _ctx.set_executable
allow_connection_pickling = _ctx.allow_connection_pickling

# Objects of the main script pickle as __main__.X here and as __mp_main__.X
# in a child: both names must lead to the script.
if '__main__' in sys.modules and '__mp_main__' not in sys.modules:
    sys.modules['__mp_main__'] = sys.modules['__main__']

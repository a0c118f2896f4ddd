"""Connections: the framed streams between this interpreter and its child
processes, and the two ends of a Pipe.

A FramedStream sends and receives framed messages over a pair of byte streams
(the pipes to a child, or the standard streams of a child).  Each frame is
one kind byte and a four-byte big-endian length, then the payload: b'D' for
data (send/recv, send_bytes/recv_bytes), b'O' for text a child printed, b'Q'
and b'A' for the requests and answers of queues shared with children."""

import _thread
import os
import pickle
import struct

from . import _shared

__all__ = ['Connection', 'Pipe']

_HEADER = struct.Struct('!ci')
DATA = b'D'
OUTPUT = b'O'
REQUEST = b'Q'
ANSWER = b'A'


class FramedStream:
    """One end of a message channel: reads frames from `reader` and writes
    them to `writer` (binary file objects; either may be None)."""

    def __init__(self, reader, writer):
        self._reader = reader
        self._writer = writer
        self._write_lock = _thread.allocate_lock()
        self._closed = False

    # frames

    def write_frame(self, kind, payload):
        self._check_open()
        if self._writer is None:
            raise OSError("this end of the connection cannot send")
        view = memoryview(payload)
        with self._write_lock:
            self._writer.write(_HEADER.pack(kind, len(view)))
            self._writer.write(view)
            self._writer.flush()

    def read_frame(self):
        """The next (kind, payload), or None at end of stream."""
        self._check_open()
        if self._reader is None:
            raise OSError("this end of the connection cannot receive")
        header = self._read_exactly(_HEADER.size)
        if header is None:
            return None
        kind, size = _HEADER.unpack(header)
        payload = self._read_exactly(size)
        if payload is None:
            return None
        return kind, payload

    def _read_exactly(self, size):
        parts = []
        wanted = size
        while wanted:
            piece = self._reader.read(wanted)
            if not piece:
                return None
            parts.append(piece)
            wanted -= len(piece)
        return b''.join(parts)

    # the public interface

    def send_bytes(self, buf):
        """Send bytes-like data as one message."""
        self.write_frame(DATA, memoryview(buf).cast('B'))

    def send(self, obj):
        """Send a picklable object."""
        self.write_frame(DATA, pickle.dumps(obj))

    def recv_bytes(self):
        """Receive one message as bytes; EOFError when the other end closed."""
        return self._next_data()

    def recv(self):
        """Receive one object sent with send()."""
        return pickle.loads(self._next_data())

    def _next_data(self):
        while True:
            frame = self.read_frame()
            if frame is None:
                raise EOFError
            if frame[0] == DATA:
                return frame[1]

    def fileno(self):
        self._check_open()
        return (self._reader or self._writer).fileno()

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._reader is not None

    @property
    def writable(self):
        return self._writer is not None

    def close(self):
        if self._closed:
            return
        self._closed = True
        for stream in (self._reader, self._writer):
            if stream is not None:
                try:
                    stream.close()
                except OSError:
                    pass

    def _check_open(self):
        if self._closed:
            raise OSError("handle is closed")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _PipeState:
    """What a Pipe's owner keeps: the messages waiting at each end, and
    which ends are closed."""

    def __init__(self, duplex):
        import threading
        self._cond = threading.Condition()
        self._waiting = ([], [])
        self._closed = [False, False]
        self._can_send = (duplex, True)
        self._can_recv = (True, duplex)
        self._handed = [False, False]
        self._owner = os.getpid()

    def send(self, end, data):
        with self._cond:
            self._check(end, self._can_send, "connection is read-only")
            self._waiting[1 - end].append(data)
            self._cond.notify_all()

    def recv(self, end):
        with self._cond:
            self._check(end, self._can_recv, "connection is write-only")
            while not self._waiting[end]:
                if self._closed[1 - end]:
                    raise EOFError
                self._cond.wait()
            return self._waiting[end].pop(0)

    def poll(self, end, timeout):
        with self._cond:
            self._check(end, self._can_recv, "connection is write-only")
            self._cond.wait_for(lambda: self._waiting[end] or self._closed[1 - end], timeout)
            return bool(self._waiting[end]) or self._closed[1 - end]

    def close(self, end):
        with self._cond:
            self._closed[end] = True
            self._cond.notify_all()

    def hand_over(self, end):
        self._handed[end] = True

    def let_go(self, end, pid):
        # The owner closing an end it gave a child closes only its own copy.
        if not self._handed[end] or pid != self._owner:
            self.close(end)

    def _check(self, end, allowed, refusal):
        if self._closed[end]:
            raise OSError("handle is closed")
        if not allowed[end]:
            raise OSError(refusal)


def _end(oid, side, readable, writable):
    conn = Connection._from_id(oid)
    conn._side = side
    conn._closed = False
    conn.readable, conn.writable = readable, writable
    return conn


class Connection(_shared.BaseProxy):
    """One end of a Pipe: send and recv picklable objects (or bytes).

    An end handed to a child process is the child's: closing our copy of it
    leaves it open, and it closes when the child closes it or ends."""

    def __reduce__(self):
        if self._oid[0] == os.getpid():
            self._call('hand_over', self._side)
            _shared.on_child_exit(lambda: self._call('close', self._side))
        return _end, (self._oid, self._side, self.readable, self.writable)

    def _use(self, method, *args):
        if self._closed:
            raise OSError("handle is closed")
        return self._call(method, self._side, *args)

    def send(self, obj):
        self._use('send', pickle.dumps(obj))

    def recv(self):
        return pickle.loads(self._use('recv'))

    def send_bytes(self, buf, offset=0, size=None):
        view = memoryview(buf).cast('B')
        end = len(view) if size is None else offset + size
        self._use('send', bytes(view[offset:end]))

    def recv_bytes(self, maxlength=None):
        return self._use('recv')

    def poll(self, timeout=0.0):
        """Whether something can be received (waiting up to timeout seconds; None: forever)."""
        return self._use('poll', timeout)

    def close(self):
        if not self._closed:
            self._closed = True
            self._call('let_go', self._side, os.getpid())

    @property
    def closed(self):
        return self._closed

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def Pipe(duplex=True):
    """Two connected Connections; with duplex=False the first only receives
    and the second only sends."""
    oid = _shared.register(_PipeState(duplex), blocking=('recv', 'poll'))
    return _end(oid, 0, True, duplex), _end(oid, 1, duplex, True)

"""Connections between this interpreter and its child processes.

A Connection sends and receives framed messages over a pair of byte streams
(the pipes to a child, or the standard streams of a child).  Each frame is
one kind byte and a four-byte big-endian length, then the payload: b'D' for
data (send/recv, send_bytes/recv_bytes), b'O' for text a child printed, b'Q'
and b'A' for the requests and answers of queues shared with children."""

import pickle
import struct
import _thread

__all__ = ['Connection']

_HEADER = struct.Struct('!ci')
DATA = b'D'
OUTPUT = b'O'
REQUEST = b'Q'
ANSWER = b'A'


class Connection:
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


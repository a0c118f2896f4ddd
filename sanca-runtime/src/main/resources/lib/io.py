"""The io module: Python's stream classes, open(), and the abstract bases the
standard streams register with (Lib/io.py's interface)."""

import builtins
import sys
import _pyio

__all__ = [
    # the abstract bases
    "IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase",
    # the concrete streams
    "FileIO", "BytesIO", "StringIO", "BufferedReader", "BufferedWriter",
    "BufferedRWPair", "BufferedRandom", "TextIOWrapper",
    # functions, exceptions and constants
    "open", "open_code", "text_encoding", "BlockingIOError",
    "UnsupportedOperation", "DEFAULT_BUFFER_SIZE",
    "SEEK_SET", "SEEK_CUR", "SEEK_END",
]

BlockingIOError = BlockingIOError
open = builtins.open


def _export():
    space = globals()
    for name in __all__:
        if name not in space:
            space[name] = getattr(_pyio, name)


_export()
del _export

# The standard streams are native objects: make isinstance(sys.stdout, io.TextIOBase) hold.
for _stream in (sys.__stdin__, sys.__stdout__, sys.__stderr__):
    if _stream is not None and not isinstance(_stream, TextIOBase):
        TextIOBase.register(type(_stream))
del _stream

"""The io module: Python's stream classes, open(), and the abstract bases the
standard streams register with (Lib/io.py's interface)."""

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding"]

import builtins
import sys
from _pyio import (DEFAULT_BUFFER_SIZE, UnsupportedOperation,
                   open_code, FileIO, BytesIO, StringIO, BufferedReader,
                   BufferedWriter, BufferedRWPair, BufferedRandom,
                   TextIOWrapper, text_encoding, IOBase as _IOBase,
                   RawIOBase as _RawIOBase, BufferedIOBase as _BufferedIOBase,
                   TextIOBase as _TextIOBase, SEEK_SET, SEEK_CUR, SEEK_END)

BlockingIOError = BlockingIOError
IOBase = _IOBase
open = builtins.open
RawIOBase = _RawIOBase
BufferedIOBase = _BufferedIOBase
TextIOBase = _TextIOBase

for _stream in (sys.__stdin__, sys.__stdout__, sys.__stderr__):
    if _stream is not None and not isinstance(_stream, TextIOBase):
        TextIOBase.register(type(_stream))
del _stream

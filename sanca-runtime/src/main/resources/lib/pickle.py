"""Serializing Python objects to bytes and back: CPython 3.12's pickle, protocols 0 to 5.

The Pickler writes the same bytes as CPython's C accelerator (_pickle) for the same objects and
protocol: the same opcodes, memo numbering, batching and protocol-4 framing. Objects that are
not builtin containers or atoms are reduced through the copy protocol (__reduce_ex__,
copyreg.dispatch_table, a pickler's own dispatch_table or reducer_override); classes and
functions are stored by reference (module and qualified name).
"""

import sys
from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "PickleBuffer"]

bytes_types = (bytes, bytearray)
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

_FRAME_TARGET = 64 * 1024
_FRAME_MIN = 4
_FRAME_HEADER = 9
_BATCH = 1000


class PickleError(Exception):
    """Base class of the pickle errors."""


class PicklingError(PickleError):
    """An object cannot be pickled."""


class UnpicklingError(PickleError):
    """The data cannot be unpickled (corrupt, or refers to something missing)."""


# CPython's public classes come from its accelerator module; tracebacks name them so.
for _cls in (PickleError, PicklingError, UnpicklingError):
    _cls.__module__ = "_pickle"
del _cls


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# ---- opcodes (names as pickletools documents them) ----

MARK = b"("
STOP = b"."
POP = b"0"
POP_MARK = b"1"
DUP = b"2"
FLOAT = b"F"
INT = b"I"
BININT = b"J"
BININT1 = b"K"
LONG = b"L"
BININT2 = b"M"
NONE = b"N"
PERSID = b"P"
BINPERSID = b"Q"
REDUCE = b"R"
STRING = b"S"
BINSTRING = b"T"
SHORT_BINSTRING = b"U"
UNICODE = b"V"
BINUNICODE = b"X"
APPEND = b"a"
BUILD = b"b"
GLOBAL = b"c"
DICT = b"d"
EMPTY_DICT = b"}"
APPENDS = b"e"
GET = b"g"
BINGET = b"h"
INST = b"i"
LONG_BINGET = b"j"
LIST = b"l"
EMPTY_LIST = b"]"
OBJ = b"o"
PUT = b"p"
BINPUT = b"q"
LONG_BINPUT = b"r"
SETITEM = b"s"
TUPLE = b"t"
EMPTY_TUPLE = b")"
SETITEMS = b"u"
BINFLOAT = b"G"
TRUE = b"I01\n"
FALSE = b"I00\n"
PROTO = b"\x80"
NEWOBJ = b"\x81"
EXT1 = b"\x82"
EXT2 = b"\x83"
EXT4 = b"\x84"
TUPLE1 = b"\x85"
TUPLE2 = b"\x86"
TUPLE3 = b"\x87"
NEWTRUE = b"\x88"
NEWFALSE = b"\x89"
LONG1 = b"\x8a"
LONG4 = b"\x8b"
BINBYTES = b"B"
SHORT_BINBYTES = b"C"
SHORT_BINUNICODE = b"\x8c"
BINUNICODE8 = b"\x8d"
BINBYTES8 = b"\x8e"
EMPTY_SET = b"\x8f"
ADDITEMS = b"\x90"
FROZENSET = b"\x91"
NEWOBJ_EX = b"\x92"
STACK_GLOBAL = b"\x93"
MEMOIZE = b"\x94"
FRAME = b"\x95"
BYTEARRAY8 = b"\x96"
NEXT_BUFFER = b"\x97"
READONLY_BUFFER = b"\x98"

_TUPLE_BY_SIZE = (EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3)

__all__.extend(sorted(name for name in globals() if name.isupper() and not name.startswith("_")))


# ---- binary helpers ----

def _u32(n):
    return n.to_bytes(4, "little")


def _u64(n):
    return n.to_bytes(8, "little")


def _pack_double(x):
    """x as 8 big-endian IEEE 754 bytes (struct's '>d')."""
    from math import copysign, frexp, isinf, isnan, ldexp
    sign = 1 << 63 if copysign(1.0, x) < 0 else 0
    if isnan(x):
        bits = 0x7FF8000000000000
    elif isinf(x):
        bits = 0x7FF0000000000000
    elif x == 0.0:
        bits = 0
    else:
        mant, exp = frexp(abs(x))
        if exp - 1 >= -1022:
            bits = ((exp + 1022) << 52) | (int(ldexp(mant, 53)) - (1 << 52))
        else:
            bits = int(ldexp(abs(x), 1074))
    return (sign | bits).to_bytes(8, "big")


def _unpack_double(data):
    from math import ldexp
    bits = int.from_bytes(data, "big")
    negative = bits >> 63
    exp = (bits >> 52) & 0x7FF
    mant = bits & ((1 << 52) - 1)
    if exp == 0x7FF:
        value = float("nan") if mant else float("inf")
    elif exp == 0:
        value = ldexp(mant, -1074)
    else:
        value = ldexp(mant | (1 << 52), exp - 1075)
    return -value if negative else value


def encode_long(x):
    """x as little-endian two's complement bytes, as short as possible (b'' for 0)."""
    if x == 0:
        return b""
    size = (x.bit_length() >> 3) + 1
    data = x.to_bytes(size, "little", signed=True)
    if x < 0 and size > 1 and data[-1] == 0xFF and data[-2] & 0x80:
        data = data[:-1]
    return data


def decode_long(data):
    """The int that encode_long wrote."""
    return int.from_bytes(data, "little", signed=True)


def _raw_unicode_escape(text):
    """Protocol 0's text form of a str: latin-1, with \\uXXXX for the rest and for the
    characters that would break the line-based format."""
    out = []
    for ch in text:
        code = ord(ch)
        if code >= 0x10000:
            out.append("\\U%08x" % code)
        elif code >= 256 or ch in "\\\0\n\r\x1a":
            out.append("\\u%04x" % code)
        else:
            out.append(ch)
    return "".join(out).encode("latin-1")


def _raw_unicode_unescape(data):
    text = data.decode("latin-1")
    if "\\" not in text:
        return text
    out = []
    i = 0
    size = len(text)
    while i < size:
        ch = text[i]
        if ch == "\\" and i + 1 < size and text[i + 1] in "uU":
            width = 4 if text[i + 1] == "u" else 8
            digits = text[i + 2:i + 2 + width]
            if len(digits) == width and all(c in "0123456789abcdefABCDEF" for c in digits):
                out.append(chr(int(digits, 16)))
                i += 2 + width
                continue
        out.append(ch)
        i += 1
    return "".join(out)


def _getattribute(obj, name):
    """The object a dotted qualified name reaches from obj, and its parent."""
    parent = obj
    for part in name.split("."):
        if part == "<locals>":
            raise AttributeError(f"Can't get local object {name!r}")
        parent = obj
        obj = getattr(obj, part)
    return obj, parent


def whichmodule(obj, name):
    """The name of the module that holds obj under the qualified name."""
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    for module_name, module in list(sys.modules.items()):
        if module_name in ("__main__", "__mp_main__") or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


class PickleBuffer:
    """A wrapper around a bytes-like object, which protocol 5 may send out of band."""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        """A memoryview of the raw bytes underlying the buffer."""
        if self._view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._view

    def release(self):
        """Release the underlying buffer."""
        self._view = None


# ---- pickling ----

def _check_protocol(protocol):
    if protocol is None:
        return DEFAULT_PROTOCOL
    protocol = protocol.__index__() if not isinstance(protocol, int) else protocol
    if protocol < 0:
        return HIGHEST_PROTOCOL
    if protocol > HIGHEST_PROTOCOL:
        raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
    return protocol


class _Output:
    """The bytes written so far, with the protocol-4 frame under construction: a frame's
    9-byte header is reserved when it opens and filled (or dropped, for a frame under 4
    bytes) when it closes."""

    __slots__ = ("data", "framing", "frame_start")

    def __init__(self):
        self.data = bytearray()
        self.framing = False
        self.frame_start = -1

    def write(self, chunk):
        data = self.data
        if self.framing and self.frame_start < 0:
            self.frame_start = len(data)
            data += b"\0" * _FRAME_HEADER
        data += chunk

    def commit_frame(self):
        start = self.frame_start
        if not self.framing or start < 0:
            return
        size = len(self.data) - start - _FRAME_HEADER
        if size >= _FRAME_MIN:
            self.data[start:start + _FRAME_HEADER] = FRAME + _u64(size)
        else:
            del self.data[start:start + _FRAME_HEADER]
        self.frame_start = -1

    def write_unframed(self, header, payload):
        """A large payload goes between frames, as CPython streams it."""
        self.commit_frame()
        framing = self.framing
        self.framing = False
        self.data += header
        self.data += payload
        self.framing = framing


class Pickler:
    """Writes pickles of objects to a binary file (anything with a write method)."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        self.proto = _check_protocol(protocol)
        if buffer_callback is not None and self.proto < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self._buffer_callback = buffer_callback
        self.bin = self.proto >= 1
        self.fast = 0
        self.fix_imports = fix_imports and self.proto < 3
        self.memo = {}
        self._out = None
        self._persistent_id = getattr(self, "persistent_id", None)
        self._reducer_override = getattr(self, "reducer_override", None)

    def clear_memo(self):
        """Forget the objects already pickled, so they are written again in full."""
        self.memo.clear()

    def dump(self, obj):
        """Write a pickle of obj to the file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        out = self._out = _Output()
        if self.proto >= 2:
            out.write(PROTO + bytes((self.proto,)))
        if self.proto >= 4:
            out.framing = True
        self.save(obj)
        out.write(STOP)
        out.commit_frame()
        out.framing = False
        self._file_write(bytes(out.data))
        self._out = None

    # -- the memo --

    def memoize(self, obj):
        """Record obj in the memo (the opcode that stores it follows its construction)."""
        if self.fast:
            return
        index = len(self.memo)
        if self.proto >= 4:
            self._out.write(MEMOIZE)
        elif self.bin:
            self._out.write(BINPUT + bytes((index,)) if index < 256 else LONG_BINPUT + _u32(index))
        else:
            self._out.write(PUT + repr(index).encode("ascii") + b"\n")
        self.memo[id(obj)] = index, obj

    def _get(self, index):
        if self.bin:
            return BINGET + bytes((index,)) if index < 256 else LONG_BINGET + _u32(index)
        return GET + repr(index).encode("ascii") + b"\n"

    def _fetch(self, obj):
        self._out.write(self._get(self.memo[id(obj)][0]))

    # -- the dispatcher --

    def save(self, obj, save_persistent_id=True):
        self._save_one(obj, save_persistent_id)
        out = self._out
        # An opcode boundary: a frame that reached its target size is closed here.
        if out.frame_start >= 0 and len(out.data) - out.frame_start >= _FRAME_TARGET + _FRAME_HEADER:
            out.commit_frame()

    def _save_one(self, obj, save_persistent_id):
        if save_persistent_id and self._persistent_id is not None:
            pid = self._persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        kind = type(obj)
        atom = _ATOMS.get(kind)
        if atom is not None:
            atom(self, obj)
            return
        if id(obj) in self.memo:
            self._fetch(obj)
            return
        if kind is str:
            self.save_str(obj)
            return
        if kind is bytes:
            self.save_bytes(obj)
            return
        if self._reducer_override is not None:
            rv = self._reducer_override(obj)
            if rv is not NotImplemented:
                self._save_reduction(obj, rv)
                return
        builtin = _CONTAINERS.get(kind)
        if builtin is not None:
            builtin(self, obj)
            return
        if kind is type:
            self.save_type(obj)
            return
        if kind is _FunctionType:
            self.save_global(obj)
            return
        table = getattr(self, "dispatch_table", dispatch_table)
        try:
            reducer = table[kind]
        except KeyError:
            reducer = None
        if reducer is not None:
            rv = reducer(obj)
        elif issubclass(kind, type):
            self.save_global(obj)
            return
        else:
            reduce_ex = getattr(obj, "__reduce_ex__", None)
            if reduce_ex is not None:
                rv = reduce_ex(self.proto)
            else:
                reduce = getattr(obj, "__reduce__", None)
                if reduce is None:
                    raise PicklingError("can't pickle '%s' object: %r" % (kind.__name__, obj))
                rv = reduce()
        self._save_reduction(obj, rv)

    def _save_reduction(self, obj, rv):
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        self.save_reduce(*rv, obj=obj) if 2 <= len(rv) <= 6 else self._bad_reduce_size()

    @staticmethod
    def _bad_reduce_size():
        raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._out.write(BINPERSID)
            return
        try:
            text = str(pid).encode("ascii")
        except UnicodeEncodeError:
            raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self._out.write(PERSID + text + b"\n")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        _check_iterator(listitems, "fourth")
        _check_iterator(dictitems, "fifth")
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must be a "
                                "function, not %s" % type(state_setter).__name__)
        save = self.save
        write = self._out.write
        name = getattr(func, "__name__", "") if self.proto >= 2 else ""
        if name == "__newobj_ex__":
            self._save_newobj_ex(args, obj)
        elif name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not getattr(obj, "__class__", None):
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                write(POP)
                self._fetch(obj)
                return
            self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2 + REDUCE + POP)

    def _save_newobj_ex(self, args, obj):
        if len(args) != 3:
            raise PicklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, not %d"
                                % len(args))
        cls, posargs, kwargs = args
        if not isinstance(cls, type):
            raise PicklingError("first item from NEWOBJ_EX argument tuple must be a class, not %s"
                                % type(cls).__name__)
        if not isinstance(posargs, tuple):
            raise PicklingError("second item from NEWOBJ_EX argument tuple must be a tuple, not %s"
                                % type(posargs).__name__)
        if not isinstance(kwargs, dict):
            raise PicklingError("third item from NEWOBJ_EX argument tuple must be a dict, not %s"
                                % type(kwargs).__name__)
        if obj is not None and cls is not getattr(obj, "__class__", None):
            raise PicklingError("first item from NEWOBJ_EX argument tuple must be %s, not %s"
                                % (type(obj).__name__, cls.__name__))
        if self.proto >= 4:
            self.save(cls)
            self.save(posargs)
            self.save(kwargs)
            self._out.write(NEWOBJ_EX)
            return
        from functools import partial
        self.save(partial(cls.__new__, cls, *posargs, **kwargs))
        self.save(())
        self._out.write(REDUCE)

    # -- atoms --

    def save_none(self, obj):
        self._out.write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self._out.write(NEWTRUE if obj else NEWFALSE)
        else:
            self._out.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        write = self._out.write
        if -0x80000000 <= obj <= 0x7FFFFFFF:
            if not self.bin:
                write(INT + repr(obj).encode("ascii") + b"\n")
            elif 0 <= obj <= 0xFF:
                write(BININT1 + bytes((obj,)))
            elif 0 <= obj <= 0xFFFF:
                write(BININT2 + obj.to_bytes(2, "little"))
            else:
                write(BININT + obj.to_bytes(4, "little", signed=True))
            return
        if self.proto >= 2:
            data = encode_long(obj)
            size = len(data)
            write((LONG1 + bytes((size,)) if size < 256 else LONG4 + _u32(size)) + data)
            return
        write(LONG + repr(obj).encode("ascii") + b"L\n")

    def save_float(self, obj):
        if self.bin:
            self._out.write(BINFLOAT + _pack_double(obj))
        else:
            self._out.write(FLOAT + repr(obj).encode("ascii") + b"\n")

    def _write_sized(self, small, medium, large, data):
        """One of the three length-prefixed forms of a bytes or str payload."""
        size = len(data)
        out = self._out
        if size <= 0xFF and small is not None:
            out.write(small + bytes((size,)) + data)
        elif size > 0xFFFFFFFF and self.proto >= 4:
            header = large + _u64(size)
            out.write_unframed(header, data) if size >= _FRAME_TARGET else out.write(header + data)
        elif size >= _FRAME_TARGET:
            out.write_unframed(medium + _u32(size), data)
        else:
            out.write(medium + _u32(size) + data)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                from codecs import encode
                self.save_reduce(encode, (str(obj, "latin1"), _LATIN1), obj=obj)
            return
        self._write_sized(SHORT_BINBYTES, BINBYTES, BINBYTES8, obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
            return
        data = bytes(obj)
        header = BYTEARRAY8 + _u64(len(data))
        if len(data) >= _FRAME_TARGET:
            self._out.write_unframed(header, data)
        else:
            self._out.write(header + data)
        self.memoize(obj)

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only be pickled with protocol >= 5")
        view = obj.raw()
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            data = bytes(view)
            if view.readonly:
                self._write_sized(SHORT_BINBYTES, BINBYTES, BINBYTES8, data)
            elif len(data) >= _FRAME_TARGET:
                self._out.write_unframed(BYTEARRAY8 + _u64(len(data)), data)
            else:
                self._out.write(BYTEARRAY8 + _u64(len(data)) + data)
            self.memoize(obj)
            return
        self._out.write(NEXT_BUFFER)
        if view.readonly:
            self._out.write(READONLY_BUFFER)

    def save_str(self, obj):
        if self.bin:
            data = obj.encode("utf-8", "surrogatepass")
            self._write_sized(SHORT_BINUNICODE if self.proto >= 4 else None, BINUNICODE,
                              BINUNICODE8, data)
        else:
            self._out.write(UNICODE + _raw_unicode_escape(obj) + b"\n")
        self.memoize(obj)

    # -- containers --

    def save_tuple(self, obj):
        write = self._out.write
        size = len(obj)
        if not size:
            write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        save = self.save
        memo = self.memo
        if size <= 3 and self.proto >= 2:
            for item in obj:
                save(item)
            if id(obj) in memo:
                write(POP * size + self._get(memo[id(obj)][0]))
                return
            write(_TUPLE_BY_SIZE[size])
        else:
            write(MARK)
            for item in obj:
                save(item)
            if id(obj) in memo:
                get = self._get(memo[id(obj)][0])
                write(POP_MARK + get if self.bin else POP * (size + 1) + get)
                return
            write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self._out.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)

    def _batch_appends(self, items):
        self._write_batches(items, self.save, APPEND, APPENDS)

    def _write_batches(self, items, save_item, one, many):
        """Items as single opcodes (protocol 0), else in MARK ... many batches of 1000, a
        lone last item with one."""
        write = self._out.write
        if not self.bin:
            for item in items:
                save_item(item)
                write(one)
            return
        source = iter(items)
        while True:
            batch = _take(source, _BATCH)
            if not batch:
                return
            if len(batch) == 1:
                save_item(batch[0])
                write(one)
                return
            write(MARK)
            for item in batch:
                save_item(item)
            write(many)
            if len(batch) < _BATCH:
                return

    def save_dict(self, obj):
        self._out.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())

    def _batch_setitems(self, items):
        save = self.save

        def save_pair(pair):
            key, value = pair
            save(key)
            save(value)
        self._write_batches(items, save_pair, SETITEM, SETITEMS)

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        write = self._out.write
        write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        for start in range(0, len(items), _BATCH):
            write(MARK)
            for item in items[start:start + _BATCH]:
                self.save(item)
            write(ADDITEMS)

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        write = self._out.write
        write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            write(POP_MARK)
            self._fetch(obj)
            return
        write(FROZENSET)
        self.memoize(obj)

    # -- references to classes and functions --

    def save_global(self, obj, name=None):
        write = self._out.write
        if name is None:
            name = getattr(obj, "__qualname__", None)
            if name is None:
                name = obj.__name__
        if "<locals>" in name.split("."):
            raise AttributeError(f"Can't get local object {name!r}")
        # CPython's module names are interned, so every reference to a module shares one
        # memoized string; a table of our own gives the strings that identity. A builtin
        # function names its module by another string (its module object's own), so a second
        # table stands for those.
        names = _FUNCTION_MODULE_NAMES if type(obj) is _BuiltinFunctionType else _MODULE_NAMES
        module_name = whichmodule(obj, name)
        module_name = names.setdefault(module_name, module_name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError(f"Can't pickle {obj!r}: import of module {module_name!r} failed") from None
        try:
            found, parent = _getattribute(module, name)
        except AttributeError:
            found = parent = None
        if found is not obj:
            raise PicklingError(f"Can't pickle {obj!r}: attribute lookup {name} on {module_name} failed")
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xFF:
                    write(EXT1 + bytes((code,)))
                elif code <= 0xFFFF:
                    write(EXT2 + code.to_bytes(2, "little"))
                else:
                    write(EXT4 + code.to_bytes(4, "little", signed=True))
                return
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self._write_nested_global(module_name, name.split("."))
        else:
            self._write_global(module_name, name)
        self.memoize(obj)

    def _write_nested_global(self, module_name, path):
        """getattr(getattr(top, 'a'), 'b')... for a nested name below protocol 4, with the
        intermediate objects unmemoized, as CPython writes it."""
        write = self._out.write
        for _ in path[1:]:
            self.save(getattr)
            if self.proto < 2:
                write(MARK)
        self._write_global(module_name, path[0])
        pair = TUPLE2 if self.proto >= 2 else TUPLE
        for part in path[1:]:
            self.save(part)
            write(pair + REDUCE)

    def _write_global(self, module_name, name):
        if self.fix_imports:
            from _compat_pickle import REVERSE_NAME_MAPPING, REVERSE_IMPORT_MAPPING
            if (module_name, name) in REVERSE_NAME_MAPPING:
                module_name, name = REVERSE_NAME_MAPPING[(module_name, name)]
            elif module_name in REVERSE_IMPORT_MAPPING:
                module_name = REVERSE_IMPORT_MAPPING[module_name]
        try:
            text = (module_name + "\n" + name + "\n").encode("ascii" if self.proto < 3 else "utf-8")
        except UnicodeEncodeError:
            raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %d"
                                % (module_name, name, self.proto)) from None
        self._out.write(GLOBAL + text)

    def save_type(self, obj):
        for singleton in (None, NotImplemented, ...):
            if obj is type(singleton):
                self.save_reduce(type, (singleton,), obj=obj)
                return
        self.save_global(obj)


def _check_iterator(items, ordinal):
    if items is not None and not hasattr(type(items), "__next__"):
        raise PicklingError("%s element of the tuple returned by __reduce__ must be an "
                            "iterator, not %s" % (ordinal, type(items).__name__))


def _take(source, count):
    batch = []
    for item in source:
        batch.append(item)
        if len(batch) == count:
            break
    return batch


_LATIN1 = "latin1"
_MODULE_NAMES = {}
_FUNCTION_MODULE_NAMES = {}
_BuiltinFunctionType = type(len)
_FunctionType = type(_take)

_ATOMS = {
    type(None): Pickler.save_none,
    bool: Pickler.save_bool,
    int: Pickler.save_long,
    float: Pickler.save_float,
}
_CONTAINERS = {
    dict: Pickler.save_dict,
    set: Pickler.save_set,
    frozenset: Pickler.save_frozenset,
    list: Pickler.save_list,
    tuple: Pickler.save_tuple,
    bytearray: Pickler.save_bytearray,
    PickleBuffer: Pickler.save_picklebuffer,
}


# ---- unpickling ----

class _Input:
    """The bytes being read: a whole buffer, or a file read on demand (with the current
    protocol-4 frame held in memory)."""

    __slots__ = ("data", "pos", "file_read", "file_readline", "frame_end")

    def __init__(self, data=None, file=None):
        self.data = data if data is not None else b""
        self.pos = 0
        self.frame_end = -1
        if file is not None:
            self.file_read = file.read
            self.file_readline = file.readline
        else:
            self.file_read = self.file_readline = None

    def read(self, n):
        pos = self.pos
        end = pos + n
        if end <= len(self.data):
            self.pos = end
            return self.data[pos:end]
        if self.file_read is None or self.frame_end >= 0 and pos < len(self.data):
            raise UnpicklingError("pickle data was truncated")
        chunk = self.data[pos:] + self.file_read(end - len(self.data))
        self.data = b""
        self.pos = 0
        if len(chunk) < n:
            raise UnpicklingError("pickle data was truncated")
        return chunk

    def readline(self):
        data = self.data
        pos = self.pos
        stop = data.find(b"\n", pos)
        if stop >= 0:
            self.pos = stop + 1
            return data[pos:stop + 1]
        if self.file_read is None or self.frame_end >= 0 and pos < len(data):
            raise UnpicklingError("pickle data was truncated")
        line = data[pos:] + self.file_readline()
        self.data = b""
        self.pos = 0
        if not line.endswith(b"\n"):
            raise UnpicklingError("pickle data was truncated")
        return line

    def opcode(self):
        pos = self.pos
        if pos < len(self.data):
            self.pos = pos + 1
            return self.data[pos]
        if self.file_read is None:
            return -1
        chunk = self.file_read(1)
        self.data = b""
        self.pos = 0
        return chunk[0] if chunk else -1

    def load_frame(self, size):
        if self.file_read is None:
            if len(self.data) - self.pos < size:
                raise UnpicklingError("pickle data was truncated")
            return
        if self.pos < len(self.data):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        frame = self.file_read(size)
        if len(frame) < size:
            raise UnpicklingError("pickle data was truncated")
        self.data = frame
        self.pos = 0


class Unpickler:
    """Reads pickles from a binary file (anything with read and readline)."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        try:
            file.read
            file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._file = file
        self._buffers = iter(buffers) if buffers is not None else None
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.proto = 0
        self.memo = {}

    def load(self):
        """Read one pickled object from the file and return it."""
        if not hasattr(self, "_file"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % type(self).__name__)
        return self._run(_Input(file=self._file))

    def _run(self, source):
        self._in = source
        self.stack = []
        self.metastack = []
        self.proto = 0
        table = _LOADERS
        try:
            while True:
                code = source.opcode()
                if code < 0:
                    raise EOFError("Ran out of input")
                loader = table[code]
                if loader is None:
                    raise UnpicklingError("invalid load key, %s." % _quoted_key(code))
                loader(self)
        except _Stop as stop:
            return stop.value
        finally:
            self._in = None

    # -- stack helpers --

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def _pop(self):
        if not self.stack:
            self._underflow()
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            self._underflow()
        return self.stack[-1]

    def _underflow(self):
        raise UnpicklingError("unexpected MARK found" if self.metastack else "unpickling stack underflow")

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, but no "
                              "persistent_load function was specified.")

    def find_class(self, module, name):
        """The object a GLOBAL or STACK_GLOBAL opcode names (subclasses may restrict it)."""
        sys.audit("pickle.find_class", module, name)
        if self.proto < 3 and self.fix_imports:
            from _compat_pickle import NAME_MAPPING, IMPORT_MAPPING
            if (module, name) in NAME_MAPPING:
                module, name = NAME_MAPPING[(module, name)]
            elif module in IMPORT_MAPPING:
                module = IMPORT_MAPPING[module]
        __import__(module, level=0)
        holder = sys.modules[module]
        try:
            if self.proto >= 4:
                return _getattribute(holder, name)[0]
            return getattr(holder, name)
        except AttributeError:
            if "<locals>" in name.split("."):
                raise
            raise AttributeError(f"Can't get attribute {name!r} on {holder!r}") from None

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    # -- loaders, one per opcode --

    def load_proto(self):
        proto = self._in.read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        self._in.load_frame(int.from_bytes(self._in.read(8), "little"))

    def load_persid(self):
        try:
            pid = self._in.readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.stack.append(self.persistent_load(pid))

    def load_binpersid(self):
        self.stack.append(self.persistent_load(self._pop()))

    def load_none(self):
        self.stack.append(None)

    def load_newfalse(self):
        self.stack.append(False)

    def load_newtrue(self):
        self.stack.append(True)

    def load_int(self):
        text = self._in.readline()[:-1]
        if text == b"00":
            value = False
        elif text == b"01":
            value = True
        else:
            value = int(text, 0)
        self.stack.append(value)

    def load_binint(self):
        self.stack.append(int.from_bytes(self._in.read(4), "little", signed=True))

    def load_binint1(self):
        self.stack.append(self._in.read(1)[0])

    def load_binint2(self):
        self.stack.append(int.from_bytes(self._in.read(2), "little"))

    def load_long(self):
        text = self._in.readline()[:-1]
        if text.endswith(b"L"):
            text = text[:-1]
        self.stack.append(int(text, 0))

    def load_long1(self):
        size = self._in.read(1)[0]
        self.stack.append(decode_long(self._in.read(size)))

    def load_long4(self):
        size = int.from_bytes(self._in.read(4), "little", signed=True)
        if size < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.stack.append(decode_long(self._in.read(size)))

    def load_float(self):
        self.stack.append(float(self._in.readline()[:-1]))

    def load_binfloat(self):
        self.stack.append(_unpack_double(self._in.read(8)))

    def load_string(self):
        data = self._in.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[:1] in (b'"', b"'"):
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.stack.append(self._decode_string(_escape_decode(data)))

    def load_binstring(self):
        size = int.from_bytes(self._in.read(4), "little", signed=True)
        if size < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.stack.append(self._decode_string(self._in.read(size)))

    def load_short_binstring(self):
        self.stack.append(self._decode_string(self._in.read(self._in.read(1)[0])))

    def load_binbytes(self):
        self.stack.append(self._in.read(int.from_bytes(self._in.read(4), "little")))

    def load_short_binbytes(self):
        self.stack.append(self._in.read(self._in.read(1)[0]))

    def load_binbytes8(self):
        self.stack.append(self._in.read(int.from_bytes(self._in.read(8), "little")))

    def load_bytearray8(self):
        self.stack.append(bytearray(self._in.read(int.from_bytes(self._in.read(8), "little"))))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* "
                                  "argument was given")
        try:
            self.stack.append(next(self._buffers))
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None

    def load_readonly_buffer(self):
        top = self._top()
        view = top.raw() if isinstance(top, PickleBuffer) else memoryview(top)
        if not view.readonly:
            self.stack[-1] = bytes(view)

    def load_unicode(self):
        self.stack.append(_raw_unicode_unescape(self._in.readline()[:-1]))

    def load_binunicode(self):
        data = self._in.read(int.from_bytes(self._in.read(4), "little"))
        self.stack.append(str(data, "utf-8", "surrogatepass"))

    def load_binunicode8(self):
        data = self._in.read(int.from_bytes(self._in.read(8), "little"))
        self.stack.append(str(data, "utf-8", "surrogatepass"))

    def load_short_binunicode(self):
        data = self._in.read(self._in.read(1)[0])
        self.stack.append(str(data, "utf-8", "surrogatepass"))

    def load_tuple(self):
        items = tuple(self.pop_mark())
        self.stack.append(items)

    def load_empty_tuple(self):
        self.stack.append(())

    def _load_small_tuple(self, size):
        stack = self.stack
        if len(stack) < size:
            self._underflow()
        items = tuple(stack[len(stack) - size:])
        del stack[len(stack) - size:]
        stack.append(items)

    def load_tuple1(self):
        self._load_small_tuple(1)

    def load_tuple2(self):
        self._load_small_tuple(2)

    def load_tuple3(self):
        self._load_small_tuple(3)

    def load_empty_list(self):
        self.stack.append([])

    def load_empty_dict(self):
        self.stack.append({})

    def load_empty_set(self):
        self.stack.append(set())

    def load_frozenset(self):
        items = frozenset(self.pop_mark())
        self.stack.append(items)

    def load_list(self):
        items = self.pop_mark()
        self.stack.append(items)

    def load_dict(self):
        items = self.pop_mark()
        self.stack.append({items[i]: items[i + 1] for i in range(0, len(items) - 1, 2)})

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            value = klass(*args)
        else:
            value = klass.__new__(klass)
        self.stack.append(value)

    def load_inst(self):
        module = self._in.readline()[:-1].decode("ascii")
        name = self._in.readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            self._underflow()
        self._instantiate(args.pop(0), args)

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.stack.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s"
                                  % type(cls).__name__)
        self.stack.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self._in.readline()[:-1].decode("utf-8")
        name = self._in.readline()[:-1].decode("utf-8")
        self.stack.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.stack.append(self.find_class(module, name))

    def _load_extension(self, code):
        missing = object()
        obj = _extension_cache.get(code, missing)
        if obj is not missing:
            self.stack.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.stack.append(obj)

    def load_ext1(self):
        self._load_extension(self._in.read(1)[0])

    def load_ext2(self):
        self._load_extension(int.from_bytes(self._in.read(2), "little"))

    def load_ext4(self):
        self._load_extension(int.from_bytes(self._in.read(4), "little", signed=True))

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        self.stack.append(func(*args))

    def load_pop(self):
        if self.stack:
            self.stack.pop()
        elif self.metastack:
            self.pop_mark()
        else:
            self._underflow()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.stack.append(self._top())

    def _memo_value(self, index):
        try:
            return self.memo[index]
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % index) from None

    def load_get(self):
        self.stack.append(self._memo_value(int(self._in.readline()[:-1])))

    def load_binget(self):
        self.stack.append(self._memo_value(self._in.read(1)[0]))

    def load_long_binget(self):
        self.stack.append(self._memo_value(int.from_bytes(self._in.read(4), "little")))

    def load_put(self):
        index = int(self._in.readline()[:-1])
        if index < 0:
            raise ValueError("negative PUT argument")
        self.memo[index] = self._top()

    def load_binput(self):
        self.memo[self._in.read(1)[0]] = self._top()

    def load_long_binput(self):
        index = int.from_bytes(self._in.read(4), "little")
        if index > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[index] = self._top()

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def load_append(self):
        value = self._pop()
        _extend(self._top(), [value])

    def load_appends(self):
        items = self.pop_mark()
        _extend(self._top(), items)

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def load_setitems(self):
        items = self.pop_mark()
        target = self._top()
        for i in range(0, len(items) - 1, 2):
            target[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            intern = sys.intern
            for key, value in state.items():
                inst_dict[intern(key) if type(key) is str else key] = value
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for key, value in slotstate.items():
                setattr(inst, key, value)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []

    def load_stop(self):
        raise _Stop(self._pop())


def _quoted_key(code):
    """The opcode byte as CPython's message shows it (C's %c of the byte, in quotes)."""
    return "'%s'" % (chr(code) if 0x20 <= code < 0x7F else "\\x%02x" % code)


def _extend(target, items):
    if isinstance(target, list):
        target.extend(items)
        return
    extend = getattr(target, "extend", None)
    if extend is not None:
        extend(items)
        return
    append = target.append
    for item in items:
        append(item)


def _escape_decode(data):
    """Python 2 string-literal escapes (the STRING opcode's payload) to bytes."""
    if b"\\" not in data:
        return data
    simple = {ord("n"): 10, ord("t"): 9, ord("r"): 13, ord("\\"): 92, ord("'"): 39,
              ord('"'): 34, ord("a"): 7, ord("b"): 8, ord("f"): 12, ord("v"): 11}
    out = bytearray()
    i = 0
    size = len(data)
    while i < size:
        byte = data[i]
        if byte != 92 or i + 1 == size:
            out.append(byte)
            i += 1
            continue
        code = data[i + 1]
        if code in simple:
            out.append(simple[code])
            i += 2
        elif code == ord("x"):
            out.append(int(data[i + 2:i + 4], 16))
            i += 4
        elif 48 <= code <= 55:
            end = i + 1
            while end < min(i + 4, size) and 48 <= data[end] <= 55:
                end += 1
            out.append(int(data[i + 1:end], 8) & 0xFF)
            i = end
        elif code == 10:
            i += 2
        else:
            out += data[i:i + 2]
            i += 2
    return bytes(out)


_LOADERS = [None] * 256
for _name, _value in list(globals().items()):
    if (_name.isupper() and isinstance(_value, bytes) and len(_value) == 1
            and hasattr(Unpickler, "load_" + _name.lower())):
        _LOADERS[_value[0]] = getattr(Unpickler, "load_" + _name.lower())
_LOADERS[MARK[0]] = Unpickler.load_mark
_LOADERS[STOP[0]] = Unpickler.load_stop
del _name, _value


# ---- shorthands ----

class _Sink:
    __slots__ = ("chunks",)

    def __init__(self):
        self.chunks = []

    def write(self, data):
        self.chunks.append(data)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickle of obj to the binary file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj as bytes."""
    sink = _Sink()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return b"".join(sink.chunks)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read one pickled object from the binary file."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """The object pickled in data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    reader = Unpickler.__new__(Unpickler)
    reader._buffers = iter(buffers) if buffers is not None else None
    reader.encoding = encoding
    reader.errors = errors
    reader.fix_imports = fix_imports
    reader.memo = {}
    return reader._run(_Input(data=bytes(data)))


for _public in (Pickler, Unpickler, dump, dumps, load, loads):
    _public.__module__ = "_pickle"
del _public
_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads

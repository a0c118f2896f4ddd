"""Object-oriented filesystem paths (the pathlib module of CPython 3.12).

Pure paths (PurePosixPath, PureWindowsPath) only compute with text: each is kept as a drive,
a root and a tuple of the parts after them, parsed once when made. Concrete paths (Path,
PosixPath) add the operations that touch the filesystem, through os.
"""

import fnmatch
import io
import os
import posixpath
import re
import sys
from _collections_abc import Sequence
from stat import S_ISBLK, S_ISCHR, S_ISDIR, S_ISFIFO, S_ISLNK, S_ISREG, S_ISSOCK

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]

_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {"COM" + c for c in "123456789\xb9\xb2\xb3"}
    | {"LPT" + c for c in "123456789\xb9\xb2\xb3"})

_URI_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")


def _percent_encode(data):
    return "".join(chr(b) if b in _URI_SAFE else f"%{b:02X}" for b in data)


# ---------------------------------------------------------------- the two syntaxes

class _PosixSyntax:
    sep = "/"
    altsep = ""
    case_sensitive = True

    @staticmethod
    def split_root(path):
        """(drive, root, rest): POSIX keeps exactly two leading slashes as a root of its own."""
        if path[:1] != "/":
            return "", "", path
        if path[1:2] == "/" and path[2:3] != "/":
            return "", "//", path[2:]
        return "", "/", path.lstrip("/")

    @staticmethod
    def fold(text):
        return text


class _WindowsSyntax:
    sep = "\\"
    altsep = "/"
    case_sensitive = False

    @staticmethod
    def split_root(path):
        """(drive, root, rest) of a path whose separators are all backslashes."""
        if path[:2] == "\\\\":
            # UNC share \\server\share or device path \\?\X:, \\?\UNC\server\share
            start = 8 if path[:8].upper() == "\\\\?\\UNC\\" else 2
            first = path.find("\\", start)
            if first < 0:
                return path, "", ""
            second = path.find("\\", first + 1)
            if second < 0:
                return path, "", ""
            return path[:second], path[second:second + 1], path[second + 1:]
        if path[:1] == "\\":
            return "", "\\", path[1:]
        if path[1:2] == ":":
            if path[2:3] == "\\":
                return path[:2], "\\", path[3:]
            return path[:2], "", path[2:]
        return "", "", path

    @staticmethod
    def fold(text):
        return text.lower()


def _parse(syntax, text):
    """(drive, root, parts) of one path string."""
    if syntax.altsep:
        text = text.replace(syntax.altsep, syntax.sep)
    drive, root, rest = syntax.split_root(text)
    if not root and drive.startswith(syntax.sep) and not drive.endswith(syntax.sep):
        pieces = drive.split(syntax.sep)
        if len(pieces) == 4 and pieces[2] not in "?." or len(pieces) == 6:
            # a share (\\server\share, \\?\UNC\server\share) always has a root
            root = syntax.sep
    return drive, root, [p for p in rest.split(syntax.sep) if p and p != "."]


def _join(syntax, texts):
    """(drive, root, parts) of path strings joined as os.path.join joins them."""
    drive, root, parts = "", "", []
    for text in texts:
        d, r, p = _parse(syntax, text)
        if r:
            if d or not drive:
                drive = d
            root = r
            parts = p
        elif d and d != drive:
            if syntax.fold(d) != syntax.fold(drive):
                drive, root, parts = d, r, p
            else:
                drive = d
                parts = parts + p
        else:
            parts = parts + p
    return drive, root, parts


def _path_text(path):
    if isinstance(path, PurePath):
        return str(path)
    try:
        text = os.fspath(path)
    except TypeError:
        text = path
    if not isinstance(text, str):
        raise TypeError("argument should be a str or an os.PathLike object where __fspath__ "
                        f"returns a str, not {type(text).__name__!r}")
    return text


# ---------------------------------------------------------------- pure paths

class _PathParents(Sequence):
    """The logical ancestors of a path, nearest first."""

    __slots__ = ("_path", "_drive", "_root", "_parts")

    def __init__(self, path):
        self._path = path
        self._drive = path._drive
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        return len(self._parts)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        n = len(self)
        if index >= n or index < -n:
            raise IndexError(index)
        if index < 0:
            index += n
        return self._path._from_parts(self._drive, self._root, self._parts[:n - index - 1])

    def __repr__(self):
        return f"<{type(self._path).__name__}.parents>"


class PurePath:
    """A path as text, with no access to the filesystem. PurePath(...) makes the flavour of
    the running system (PurePosixPath here)."""

    __slots__ = ("_drive", "_root", "_parts", "_text", "_hash", "_folded")
    _syntax = _PosixSyntax

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == "nt" else PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        texts = []
        for arg in args:
            if isinstance(arg, PurePath) and arg._syntax is _WindowsSyntax \
                    and self._syntax is _PosixSyntax:
                texts.append(str(arg).replace("\\", "/"))
            else:
                texts.append(_path_text(arg))
        self._set(*_join(self._syntax, texts))

    def _set(self, drive, root, parts):
        self._drive = drive
        self._root = root
        self._parts = tuple(parts)
        self._text = None
        self._hash = None
        self._folded = None

    def with_segments(self, *pathsegments):
        """A path of this type from segments; subclasses override it to pass on state."""
        return type(self)(*pathsegments)

    def _from_parts(self, drive, root, parts):
        path = self.with_segments()
        path._set(drive, root, parts)
        return path

    def __reduce__(self):
        return type(self), self.parts

    # -- text

    def __str__(self):
        if self._text is None:
            body = self._syntax.sep.join(self._parts)
            self._text = (self._drive + self._root + body) or "."
        return self._text

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self).replace(self._syntax.sep, "/")

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return f"{type(self).__name__}({self.as_posix()!r})"

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        if self._syntax is _PosixSyntax:
            return "file://" + _percent_encode(os.fsencode(str(self)))
        drive = self._drive
        if len(drive) == 2 and drive[1] == ":":
            return "file:///" + drive + _percent_encode(self.as_posix()[2:].encode("utf-8"))
        return "file:" + _percent_encode(self.as_posix().encode("utf-8"))

    # -- comparison

    def _key(self):
        if self._folded is None:
            self._folded = self._syntax.fold(str(self))
        return self._folded

    def _ordering(self):
        return self._key().split(self._syntax.sep)

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._key())
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, PurePath) or other._syntax is not self._syntax:
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, PurePath) or other._syntax is not self._syntax:
            return NotImplemented
        return self._ordering() < other._ordering()

    def __le__(self, other):
        if not isinstance(other, PurePath) or other._syntax is not self._syntax:
            return NotImplemented
        return self._ordering() <= other._ordering()

    def __gt__(self, other):
        if not isinstance(other, PurePath) or other._syntax is not self._syntax:
            return NotImplemented
        return self._ordering() > other._ordering()

    def __ge__(self, other):
        if not isinstance(other, PurePath) or other._syntax is not self._syntax:
            return NotImplemented
        return self._ordering() >= other._ordering()

    # -- components

    @property
    def drive(self):
        return self._drive

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._drive + self._root

    @property
    def parts(self):
        if self._drive or self._root:
            return (self._drive + self._root,) + self._parts
        return self._parts

    @property
    def name(self):
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        name = self.name
        dot = name.rfind(".")
        return name[dot:] if 0 < dot < len(name) - 1 else ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        return ["." + s for s in name.lstrip(".").split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        dot = name.rfind(".")
        return name[:dot] if 0 < dot < len(name) - 1 else name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from_parts(self._drive, self._root, self._parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    # -- derived paths

    def with_name(self, name):
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        syntax = self._syntax
        drive, root, rest = syntax.split_root(name)
        if (drive or root or not rest or syntax.sep in name
                or (syntax.altsep and syntax.altsep in name) or name == "."):
            raise ValueError(f"Invalid name {name!r}")
        return self._from_parts(self._drive, self._root, self._parts[:-1] + (name,))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        syntax = self._syntax
        if (syntax.sep in suffix or syntax.altsep and syntax.altsep in suffix
                or suffix and not suffix.startswith(".") or suffix == "."):
            raise ValueError(f"Invalid suffix {suffix!r}")
        name = self.name
        if not name:
            raise ValueError(f"{self!r} has an empty name")
        old = self.suffix
        base = name[:len(name) - len(old)] if old else name
        return self._from_parts(self._drive, self._root, self._parts[:-1] + (base + suffix,))

    def joinpath(self, *pathsegments):
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    def _as_same_kind(self, other):
        return other if isinstance(other, PurePath) else self.with_segments(other)

    def _under(self, other):
        """True when other is self or one of its ancestors."""
        fold = self._syntax.fold
        if fold(self.anchor) != fold(other.anchor) or len(other._parts) > len(self._parts):
            return False
        head = self._parts[:len(other._parts)]
        return [fold(p) for p in head] == [fold(p) for p in other._parts]

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        if _deprecated:
            import warnings
            warnings.warn("support for supplying more than one positional argument to "
                          "pathlib.PurePath.relative_to() is deprecated and scheduled for "
                          "removal in Python 3.14", DeprecationWarning, stacklevel=2)
            other = self.with_segments(other, *_deprecated)
        else:
            other = self._as_same_kind(other)
        base = other
        ups = 0
        while not self._under(base):
            if not walk_up:
                raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r}")
            if not base._parts:
                raise ValueError(f"{str(self)!r} and {str(other)!r} have different anchors")
            if base.name == "..":
                raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
            base = base.parent
            ups += 1
        rest = ("..",) * ups + self._parts[len(base._parts):]
        return self._from_parts("", "", rest)

    def is_relative_to(self, other, /, *_deprecated):
        if _deprecated:
            import warnings
            warnings.warn("support for supplying more than one argument to "
                          "pathlib.PurePath.is_relative_to() is deprecated and scheduled for "
                          "removal in Python 3.14", DeprecationWarning, stacklevel=2)
            other = self.with_segments(other, *_deprecated)
        return self._under(self._as_same_kind(other))

    def is_absolute(self):
        if self._syntax is _PosixSyntax:
            return bool(self._root)
        return bool(self._drive and self._root)

    def is_reserved(self):
        if self._syntax is _PosixSyntax or not self._parts or self._drive.startswith("\\\\"):
            return False
        name = self._parts[-1].partition(".")[0].partition(":")[0].rstrip(" ")
        return name.upper() in _WINDOWS_RESERVED

    def match(self, path_pattern, *, case_sensitive=None):
        pattern = self._as_same_kind(path_pattern)
        if case_sensitive is None:
            case_sensitive = self._syntax.case_sensitive
        fold = (lambda s: s) if case_sensitive else str.lower
        wanted = pattern._parts
        if pattern._drive or pattern._root:
            if fold(pattern.anchor) != fold(self.anchor) or len(wanted) != len(self._parts):
                return False
        elif not wanted:
            raise ValueError("empty pattern")
        elif len(wanted) > len(self._parts):
            return False
        names = self._parts[len(self._parts) - len(wanted):]
        return all(fnmatch.fnmatchcase(fold(n), fold(p)) for n, p in zip(names, wanted))


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """A pure path with POSIX syntax."""
    __slots__ = ()
    _syntax = _PosixSyntax


class PureWindowsPath(PurePath):
    """A pure path with Windows syntax: drives, UNC shares, case-insensitive comparison."""
    __slots__ = ()
    _syntax = _WindowsSyntax


# ---------------------------------------------------------------- concrete paths

class Path(PurePath):
    """A path of the running system, with filesystem operations."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == "nt" else PosixPath
        return object.__new__(cls)

    def __init__(self, *args, **kwargs):
        if kwargs:
            import warnings
            warnings.warn("support for supplying keyword arguments to pathlib.PurePath is "
                          "deprecated and scheduled for removal in Python 3.14",
                          DeprecationWarning, stacklevel=2)
        super().__init__(*args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    # -- status

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self), follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(str(self))

    def _mode(self, follow_symlinks=True):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except (OSError, ValueError):
            return None

    def exists(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) is not None

    def _mode_is(self, test, follow_symlinks=True):
        mode = self._mode(follow_symlinks)
        return mode is not None and test(mode)

    def is_dir(self):
        return self._mode_is(S_ISDIR)

    def is_file(self):
        return self._mode_is(S_ISREG)

    def is_symlink(self):
        return self._mode_is(S_ISLNK, False)

    def is_socket(self):
        return self._mode_is(S_ISSOCK)

    def is_fifo(self):
        return self._mode_is(S_ISFIFO)

    def is_block_device(self):
        return self._mode_is(S_ISBLK)

    def is_char_device(self):
        return self._mode_is(S_ISCHR)

    def is_junction(self):
        return False

    def is_mount(self):
        return os.path.ismount(str(self))

    def samefile(self, other_path):
        mine = self.stat()
        try:
            theirs = other_path.stat()
        except AttributeError:
            theirs = os.stat(other_path)
        return mine.st_ino == theirs.st_ino and mine.st_dev == theirs.st_dev

    # -- directories

    def _child(self, name):
        return self._from_parts(self._drive, self._root, self._parts + (name,))

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._child(name)

    def glob(self, pattern, *, case_sensitive=None):
        sys.audit("pathlib.Path.glob", self, pattern)
        return self._select(self._glob_parts(pattern), case_sensitive)

    def rglob(self, pattern, *, case_sensitive=None):
        sys.audit("pathlib.Path.rglob", self, pattern)
        return self._select(("**",) + self._glob_parts(pattern), case_sensitive)

    def _glob_parts(self, pattern):
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        drive, root, parts = _parse(self._syntax, os.fspath(pattern))
        if drive or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        seps = (self._syntax.sep, self._syntax.altsep)
        if pattern[-1] in seps and seps:
            parts.append("")
        for part in parts:
            if "**" in part and part != "**":
                raise ValueError("Invalid pattern: '**' can only be an entire path component")
        return tuple(parts)

    def _select(self, parts, case_sensitive):
        if case_sensitive is None:
            case_sensitive = self._syntax.case_sensitive
        paths = iter((self,))
        seen_recursive = False
        for i, part in enumerate(parts):
            if part == "**":
                paths = _below(paths, dedupe=seen_recursive)
                seen_recursive = True
            elif part == "..":
                paths = (p._child("..") for p in paths)
            elif part == "":
                paths = (p for p in paths if p.is_dir())
            else:
                last = i == len(parts) - 1
                paths = _matching(paths, part, case_sensitive, dirs_only=not last)
        return paths

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        sys.audit("pathlib.Path.walk", self, on_error, follow_symlinks)
        pending = [self]
        while pending:
            top = pending.pop()
            if isinstance(top, tuple):
                yield top
                continue
            try:
                entries = list(os.scandir(top))
            except OSError as error:
                if on_error is not None:
                    on_error(error)
                continue
            dirnames, filenames = [], []
            for entry in entries:
                try:
                    is_dir = entry.is_dir(follow_symlinks=follow_symlinks)
                except OSError:
                    is_dir = False
                (dirnames if is_dir else filenames).append(entry.name)
            if top_down:
                yield top, dirnames, filenames
            else:
                pending.append((top, dirnames, filenames))
            pending += [top._child(d) for d in reversed(dirnames)]

    def absolute(self):
        if self.is_absolute():
            return self
        return self.with_segments(os.getcwd(), self)

    def resolve(self, strict=False):
        try:
            text = os.path.realpath(str(self), strict=strict)
        except TypeError:
            text = os.path.realpath(str(self))
            if strict:
                os.stat(text)
        return self.with_segments(text)

    def owner(self):
        import pwd
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        import grp
        return grp.getgrgid(self.stat().st_gid).gr_name

    def readlink(self):
        return self.with_segments(os.readlink(str(self)))

    def expanduser(self):
        if not self._drive and not self._root and self._parts and self._parts[0][:1] == "~":
            home = os.path.expanduser(self._parts[0])
            if home[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self.with_segments(home, *self._parts[1:])
        return self

    # -- files

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        return io.open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode="wb") as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError(f"data must be str, not {type(data).__name__}")
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(str(self), None)
                return
            except OSError:
                pass
        exclusive = 0 if exist_ok else os.O_EXCL
        os.close(os.open(str(self), os.O_WRONLY | os.O_CREAT | exclusive, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
            return
        except FileNotFoundError:
            if not parents or not self._parts:
                raise
        except OSError:
            if exist_ok and self.is_dir():
                return
            raise
        # a missing ancestor: make the chain from the top, then this one
        self.parent.mkdir(mode, parents=True, exist_ok=True)
        self.mkdir(mode, exist_ok=exist_ok)

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(str(self), mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), target)
        return self.with_segments(target)

    def replace(self, target):
        os.replace(str(self), target)
        return self.with_segments(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, str(self), target_is_directory)

    def hardlink_to(self, target):
        os.link(target, str(self))


def _below(paths, dedupe):
    """Each directory of paths and every directory under it (symlinks not followed)."""
    seen = set()
    for top in paths:
        stack = [top]
        while stack:
            path = stack.pop()
            if dedupe:
                if path in seen:
                    continue
                seen.add(path)
            yield path
            try:
                entries = list(os.scandir(path))
            except OSError:
                continue
            subdirs = []
            for entry in entries:
                try:
                    if entry.is_dir(follow_symlinks=False):
                        subdirs.append(path._child(entry.name))
                except OSError:
                    pass
            stack += reversed(subdirs)


def _matching(paths, part, case_sensitive, dirs_only):
    """Children of the paths whose names match the pattern part."""
    flags = 0 if case_sensitive else re.IGNORECASE
    matcher = re.compile(fnmatch.translate(part), flags).match
    for path in paths:
        try:
            entries = list(os.scandir(path))
        except OSError:
            continue
        for entry in entries:
            if dirs_only:
                try:
                    if not entry.is_dir():
                        continue
                except OSError:
                    continue
            if matcher(entry.name):
                yield path._child(entry.name)


class PosixPath(Path, PurePosixPath):
    """A filesystem path of a POSIX system."""
    __slots__ = ()

    if os.name == "nt":
        def __new__(cls, *args, **kwargs):
            raise NotImplementedError(f"cannot instantiate {cls.__name__!r} on your system")


class WindowsPath(Path, PureWindowsPath):
    """A filesystem path of a Windows system."""
    __slots__ = ()

    if os.name != "nt":
        def __new__(cls, *args, **kwargs):
            raise NotImplementedError(f"cannot instantiate {cls.__name__!r} on your system")

"""High-level file operations for Sanca: copying files and directory trees, removing trees,
moving, looking up commands on PATH, disk usage and terminal size. The archive functions of
CPython's shutil are not provided."""

import os
import stat
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "ignore_patterns", "chown", "which",
           "get_terminal_size", "SameFileError", "disk_usage"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    """A copy or move that failed; copytree collects every failure into its args[0]."""


class SameFileError(Error):
    """Source and destination are one and the same file."""


class SpecialFileError(OSError):
    """The operation does not apply to a special file such as a named pipe."""


class ExecError(OSError):
    """A command could not be run."""


class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    """A change to the archive format registries failed."""


def copyfileobj(fsrc, fdst, length=0):
    """Copies the rest of file object fsrc into file object fdst, length bytes at a time."""
    size = length or COPY_BUFSIZE
    while True:
        chunk = fsrc.read(size)
        if not chunk:
            return
        fdst.write(chunk)


def _is_same(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def _refuse_pipes(*names):
    for name in names:
        try:
            mode = os.stat(name).st_mode
        except OSError:
            continue
        if stat.S_ISFIFO(mode):
            shown = name.path if isinstance(name, os.DirEntry) else name
            raise SpecialFileError(f"`{shown}` is a named pipe")


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the contents of file src to dst (replacing it) and returns dst. A symbolic link
    src is copied as a link when follow_symlinks is false."""
    if _is_same(src, dst):
        raise SameFileError(f"{src!r} and {dst!r} are the same file")
    _refuse_pipes(src, dst)
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, "rb") as source:
        try:
            target = open(dst, "wb")
        except IsADirectoryError as e:
            if not os.path.exists(dst):
                raise FileNotFoundError(f"Directory does not exist: {dst}") from e
            raise
        with target:
            copyfileobj(source, target)
    return dst


def _both_links(src, dst, follow_symlinks):
    return not follow_symlinks and os.path.islink(src) and os.path.islink(dst)


def copymode(src, dst, *, follow_symlinks=True):
    """Copies the permission bits of src to dst."""
    if _both_links(src, dst, follow_symlinks):
        return
    os.chmod(dst, stat.S_IMODE(os.stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copies the permission bits and the access and modification times of src to dst."""
    if _both_links(src, dst, follow_symlinks):
        return
    info = os.stat(src, follow_symlinks=follow_symlinks)
    os.utime(dst, ns=(info.st_atime_ns, info.st_mtime_ns))
    os.chmod(dst, stat.S_IMODE(info.st_mode))


def _into(src, dst):
    # Copying into a directory means copying to a file of the same base name inside it.
    return os.path.join(dst, os.path.basename(src)) if os.path.isdir(dst) else dst


def copy(src, dst, *, follow_symlinks=True):
    """Copies data and permission bits (like `cp src dst`); returns the file written."""
    dst = _into(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copies data and metadata (like `cp -p src dst`); returns the file written."""
    dst = _into(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """An `ignore` callable for copytree that skips names matching any glob pattern."""
    import fnmatch

    def skip(directory, names):
        return {name for name in names if any(fnmatch.fnmatch(name, p) for p in patterns)}
    return skip


class _TreeCopy:
    """One copytree call: its options, and the failures gathered on the way."""

    def __init__(self, symlinks, ignore, copy_function, ignore_dangling, dirs_exist_ok):
        self.symlinks = symlinks
        self.ignore = ignore
        self.copy_function = copy_function
        self.ignore_dangling = ignore_dangling
        self.dirs_exist_ok = dirs_exist_ok
        self.failures = []

    def tree(self, src, dst):
        with os.scandir(src) as listing:
            entries = list(listing)
        skipped = set()
        if self.ignore is not None:
            skipped = self.ignore(os.fspath(src), [e.name for e in entries])
        os.makedirs(dst, exist_ok=self.dirs_exist_ok)
        for entry in entries:
            if entry.name not in skipped:
                self.entry(entry, os.path.join(src, entry.name), os.path.join(dst, entry.name))
        try:
            copystat(src, dst)
        except OSError as e:
            self.failures.append((src, dst, str(e)))

    def entry(self, entry, src, dst):
        try:
            if entry.is_symlink():
                self.link(entry, src, dst)
            elif entry.is_dir():
                self.tree(src, dst)
            else:
                self.copy_function(src, dst)
        except Error as e:
            self.failures.extend(e.args[0])
        except OSError as e:
            self.failures.append((src, dst, str(e)))

    def link(self, entry, src, dst):
        target = os.readlink(src)
        if self.symlinks:
            os.symlink(target, dst)
            copystat(src, dst, follow_symlinks=False)
        elif self.ignore_dangling and not os.path.exists(target):
            return
        elif entry.is_dir():
            self.tree(src, dst)
        else:
            self.copy_function(src, dst)


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copies the directory tree at src to dst and returns dst; the failures of single files
    are gathered and raised together as Error([(src, dst, why), ...])."""
    job = _TreeCopy(symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
    job.tree(src, dst)
    if job.failures:
        raise Error(job.failures)
    return dst


def _remove_tree(top, onexc):
    try:
        with os.scandir(top) as listing:
            entries = list(listing)
    except OSError as e:
        onexc(os.scandir, top, e)
        entries = []
    for entry in entries:
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _remove_tree(entry.path, onexc)
            continue
        try:
            os.unlink(entry.path)
        except OSError as e:
            onexc(os.unlink, entry.path, e)
    try:
        os.rmdir(top)
    except OSError as e:
        onexc(os.rmdir, top, e)


def _error_policy(ignore_errors, onerror, onexc):
    if ignore_errors:
        return lambda func, path, exc: None
    if onexc is not None:
        return onexc
    if onerror is not None:
        return lambda func, path, exc: onerror(func, path, (type(exc), exc, exc.__traceback__))

    def reraise(func, path, exc):
        raise exc
    return reraise


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    """Deletes the directory tree at path. Failures go to onexc(function, path, exception)
    (or the older onerror(function, path, exc_info)), are ignored, or are raised."""
    handle = _error_policy(ignore_errors, onerror, onexc)
    try:
        info = os.lstat(path)
    except OSError as e:
        handle(os.lstat, path, e)
        return
    if stat.S_ISLNK(info.st_mode):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError as e:
            handle(os.path.islink, path, e)
        return
    _remove_tree(path, handle)


def _inside(src, dst):
    # Whether dst lies within the directory src.
    src = os.path.join(os.path.abspath(src), "")
    dst = os.path.join(os.path.abspath(dst), "")
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Moves a file or directory to dst (renaming when possible, else copying then deleting)
    and returns where it went. A dst that is a directory receives src inside it."""
    target = dst
    if os.path.isdir(dst):
        if _is_same(src, dst) and not os.path.islink(src):
            os.rename(src, dst)
            return
        target = os.path.join(dst, os.path.basename(os.fspath(src).rstrip(os.sep)))
        if os.path.exists(target):
            raise Error(f"Destination path '{target}' already exists")
    try:
        os.rename(src, target)
        return target
    except OSError:
        pass
    if os.path.islink(src):
        os.symlink(os.readlink(src), target)
        os.unlink(src)
    elif os.path.isdir(src):
        if _inside(src, dst):
            raise Error(f"Cannot move a directory '{src}' into itself '{dst}'.")
        copytree(src, target, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, target)
        os.unlink(src)
    return target


def _numeric_id(value, kind):
    # Names would need the pwd and grp modules, which Sanca does not have yet.
    if value is None or isinstance(value, int):
        return -1 if value is None else value
    raise LookupError(f"no such {kind}: {value!r}")


def chown(path, user=None, group=None):
    """Changes the owning user and/or group of path, given as numeric ids."""
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    os.chown(path, _numeric_id(user, "user"), _numeric_id(group, "group"))


class _ntuple_diskusage(tuple):
    """usage(total, used, free)"""

    __slots__ = ()
    _fields = ("total", "used", "free")

    def __new__(cls, total, used, free):
        return tuple.__new__(cls, (total, used, free))

    total = property(lambda self: self[0], doc="Alias for field number 0")
    used = property(lambda self: self[1], doc="Alias for field number 1")
    free = property(lambda self: self[2], doc="Alias for field number 2")

    def __repr__(self):
        total, used, free = self
        return f"usage(total={total!r}, used={used!r}, free={free!r})"


# A named tuple called "usage", as CPython's is.
_ntuple_diskusage.__name__ = _ntuple_diskusage.__qualname__ = "usage"


def disk_usage(path):
    """The total, used and free space in bytes of the file system holding path."""
    import posix
    return _ntuple_diskusage(*posix._disk_usage(path))


def _env_size(name):
    try:
        return int(os.environ[name])
    except (KeyError, ValueError):
        return 0


def get_terminal_size(fallback=(80, 24)):
    """The terminal's (columns, lines): $COLUMNS and $LINES when set, else the size of the
    terminal on standard output, else fallback."""
    columns, lines = _env_size("COLUMNS"), _env_size("LINES")
    if columns <= 0 or lines <= 0:
        try:
            measured = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            measured = os.terminal_size(fallback)
        columns = columns if columns > 0 else (measured.columns or fallback[0])
        lines = lines if lines > 0 else (measured.lines or fallback[1])
    return os.terminal_size((columns, lines))


def _usable(candidate, mode):
    return os.path.exists(candidate) and os.access(candidate, mode) and not os.path.isdir(candidate)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the command cmd found on PATH (or `path`), usable with `mode`; None when
    there is none. A cmd with a directory part is checked as it is."""
    if os.path.dirname(cmd):
        return cmd if _usable(cmd, mode) else None
    if path is None:
        path = os.environ.get("PATH")
        if path is None:
            path = os.defpath
    if not path:
        return None
    if isinstance(cmd, bytes):
        directories = os.fsencode(path).split(os.fsencode(os.pathsep))
    else:
        directories = os.fsdecode(path).split(os.pathsep)
    tried = set()
    for directory in directories:
        key = os.path.normcase(directory)
        if key in tried:
            continue
        tried.add(key)
        candidate = os.path.join(directory, cmd)
        if _usable(candidate, mode):
            return candidate
    return None

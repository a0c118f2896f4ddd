"""Finding and loading modules on sys.path (CPython's importlib._bootstrap_external): the path
finder, the file finder of one directory, the loader of source files and namespace packages.

Directories may be folders or the standard library inside the runtime's jar; _imp reads both.
"""

import _imp
import sys
from _frozen_importlib import ModuleSpec, _warn

SOURCE_SUFFIXES = [".py"]
BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = []
MAGIC_NUMBER = (3531).to_bytes(2, "little") + b"\r\n"

_POPULATE = object()


def _join(directory, name):
    if not directory:
        return name
    return directory + name if directory.endswith("/") else directory + "/" + name


def _split(path):
    head, sep, tail = path.rpartition("/")
    return (head if head or not sep else "/"), tail


def _absolute(path):
    if path.startswith("/") or path.startswith("jar:"):
        return path
    return _join(_imp._getcwd(), path)


def cache_from_source(path, debug_override=None, *, optimization=None):
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError("sys.implementation.cache_tag is None")
    head, tail = _split(path)
    base, sep, rest = tail.rpartition(".")
    stem = base if sep else tail
    opt = "" if not optimization else f".opt-{optimization}"
    return _join(_join(head, "__pycache__"), f"{stem}.{tag}{opt}.pyc")


def source_from_cache(path):
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError("sys.implementation.cache_tag is None")
    head, pycache_filename = _split(path)
    head, pycache = _split(head)
    if pycache != "__pycache__":
        raise ValueError(f"__pycache__ not bottom-level directory in {path!r}")
    dots = pycache_filename.count(".")
    if dots not in {2, 3}:
        raise ValueError(f"expected only 2 or 3 dots in {pycache_filename!r}")
    return _join(head, pycache_filename.partition(".")[0] + SOURCE_SUFFIXES[0])


def decode_source(source_bytes):
    return _imp._decode_source(source_bytes)


class FileLoader:
    """A loader of one file: the module's name and the file's path."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, fullname=None):
        self._check_name(fullname)
        return self.path

    def get_data(self, path):
        data = _imp._read(path)
        if data is None:
            raise FileNotFoundError(2, "No such file or directory", path)
        return data

    def is_package(self, fullname):
        return _split(self.get_filename(fullname))[1].rpartition(".")[0] == "__init__"

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f"cannot load module {module.__name__!r} when get_code() returns None")
        exec(code, module.__dict__)

    def load_module(self, fullname):
        import _frozen_importlib
        spec = spec_from_loader(fullname, self)
        if fullname in sys.modules:
            return _frozen_importlib._exec(spec, sys.modules[fullname])
        return _frozen_importlib._load_unlocked(spec)

    def _check_name(self, name):
        if name is not None and name != self.name:
            raise ImportError(f"loader for {self.name} cannot handle {name}", name=name)


class SourceLoader:
    """Loaders that have source: get_code compiles it (or reads the build's ready code)."""

    def get_source(self, fullname):
        return decode_source(self.get_data(self.get_filename(fullname)))

    def source_to_code(self, data, path, *, _optimize=-1):
        return compile(data, path, "exec", dont_inherit=True, optimize=_optimize)

    def path_stats(self, path):
        return {"mtime": _imp._mtime(path)}

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        code = _imp._ready_code(path)
        if code is not None:
            return code
        return self.source_to_code(self.get_data(path), path)


class SourceFileLoader(FileLoader, SourceLoader):
    """Loads a module from a .py file."""


class NamespaceLoader:
    """The loader of a namespace package: nothing to run."""

    def __init__(self, name, path, path_finder):
        self._path = _NamespacePath(name, path, path_finder)

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ""

    def get_code(self, fullname):
        return compile("", "<string>", "exec", dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass

    def load_module(self, fullname):
        import _frozen_importlib
        spec = ModuleSpec(fullname, self, is_package=True)
        spec.submodule_search_locations = self._path
        return _frozen_importlib._load_unlocked(spec)


class _NamespacePath:
    """A namespace package's __path__: the portions found on the parent's path, found again
    when that path changes."""

    def __init__(self, name, path, path_finder):
        self._name = name
        self._path = path
        self._parent_path = tuple(self._get_parent_path())
        self._path_finder = path_finder
        self._epoch = _imp._path_epoch()

    def _find_parent_path_names(self):
        parent, dot, me = self._name.rpartition(".")
        if dot == "":
            return "sys", "path"
        return parent, "__path__"

    def _get_parent_path(self):
        module, attr = self._find_parent_path_names()
        return getattr(sys.modules[module], attr)

    def _recalculate(self):
        parent_path = tuple(self._get_parent_path())
        epoch = _imp._path_epoch()
        if parent_path != self._parent_path or epoch != self._epoch:
            spec = self._path_finder(self._name, parent_path)
            if spec is not None and spec.loader is None and spec.submodule_search_locations:
                self._path = list(spec.submodule_search_locations)
            self._parent_path = parent_path
            self._epoch = epoch
        return self._path

    def __iter__(self):
        return iter(self._recalculate())

    def __getitem__(self, index):
        return self._recalculate()[index]

    def __setitem__(self, index, path):
        self._path[index] = path

    def __len__(self):
        return len(self._recalculate())

    def __repr__(self):
        return f"_NamespacePath({self._path!r})"

    def __contains__(self, item):
        return item in self._recalculate()

    def append(self, item):
        self._path.append(item)


class PathFinder:
    """The meta path finder for sys.path and packages' __path__."""

    @staticmethod
    def invalidate_caches():
        for name, finder in list(sys.path_importer_cache.items()):
            if finder is None or not _is_absolute(name):
                del sys.path_importer_cache[name]
            elif hasattr(finder, "invalidate_caches"):
                finder.invalidate_caches()
        _imp._bump_path_epoch()

    @staticmethod
    def _path_hooks(path):
        if sys.path_hooks is not None and not sys.path_hooks:
            _warn("sys.path_hooks is empty", ImportWarning)
        for hook in sys.path_hooks:
            try:
                return hook(path)
            except ImportError:
                continue
        return None

    @classmethod
    def _path_importer_cache(cls, path):
        if path == "":
            path = _imp._getcwd()
        try:
            return sys.path_importer_cache[path]
        except KeyError:
            finder = cls._path_hooks(path)
            sys.path_importer_cache[path] = finder
            return finder

    @classmethod
    def _get_spec(cls, fullname, path, target=None):
        namespace_path = []
        for entry in path:
            if not isinstance(entry, str):
                continue
            finder = cls._path_importer_cache(entry)
            if finder is None:
                continue
            spec = finder.find_spec(fullname, target)
            if spec is None:
                continue
            if spec.loader is not None:
                return spec
            portions = spec.submodule_search_locations
            if portions is None:
                raise ImportError("spec missing loader")
            namespace_path.extend(portions)
        spec = ModuleSpec(fullname, None)
        spec.submodule_search_locations = namespace_path
        return spec

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = sys.path
        spec = cls._get_spec(fullname, path, target)
        if spec.loader is not None:
            return spec
        if spec.submodule_search_locations:
            spec.origin = None
            spec.submodule_search_locations = _NamespacePath(fullname, spec.submodule_search_locations,
                                                             cls._get_spec)
            return spec
        return None


def _is_absolute(path):
    return path.startswith("/") or path.startswith("jar:")


class FileFinder:
    """Finds modules and packages in one directory: NAME/__init__.py, NAME.py, or a folder
    NAME without __init__.py (a portion of a namespace package)."""

    def __init__(self, path, *loader_details):
        self._loaders = [(suffix, loader) for loader, suffixes in loader_details for suffix in suffixes]
        self.path = _absolute(path) if path else _imp._getcwd()

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        tail = fullname.rpartition(".")[2]
        base = _join(self.path, tail)
        if _imp._stat(base) == 2:
            for suffix, loader in self._loaders:
                init = _join(base, "__init__" + suffix)
                if _imp._stat(init) == 1:
                    return self._spec(loader, fullname, init, [base], target)
            portion = True
        else:
            portion = False
        for suffix, loader in self._loaders:
            full = base + suffix
            if _imp._stat(full) == 1:
                return self._spec(loader, fullname, full, None, target)
        if portion:
            spec = ModuleSpec(fullname, None)
            spec.submodule_search_locations = [base]
            return spec
        return None

    def _spec(self, loader_class, fullname, path, locations, target):
        return spec_from_file_location(fullname, path, loader=loader_class(fullname, path),
                                       submodule_search_locations=locations)

    @classmethod
    def path_hook(cls, *loader_details):
        def path_hook_for_FileFinder(path):
            if _imp._stat(path or _imp._getcwd()) != 2:
                raise ImportError("only directories are supported", path=path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder

    def __repr__(self):
        return f"FileFinder({self.path!r})"


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=_POPULATE):
    """The spec of a module in file location, with loader or the one its suffix calls for."""
    if location is None:
        location = "<unknown>"
        if hasattr(loader, "get_filename"):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = str(location)
        if not location.startswith("jar:"):
            location = _absolute(location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        for loader_class, suffixes in _file_loaders():
            if location.endswith(tuple(suffixes)):
                loader = loader_class(name, location)
                spec.loader = loader
                break
        else:
            return None
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, "is_package"):
            try:
                if loader.is_package(name):
                    spec.submodule_search_locations = []
            except ImportError:
                pass
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            spec.submodule_search_locations.append(_split(location)[0])
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if origin is None:
        origin = getattr(loader, "_ORIGIN", None)
    if not origin and hasattr(loader, "get_filename"):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, "is_package"):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def _file_loaders():
    return [(SourceFileLoader, SOURCE_SUFFIXES)]


def _install():
    sys.meta_path.append(PathFinder)
    sys.path_hooks.append(FileFinder.path_hook(*_file_loaders()))

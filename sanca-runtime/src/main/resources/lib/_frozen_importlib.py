"""The core of the import system (CPython's importlib._bootstrap): module specs, the finder of
built-in modules, and finding and loading a module that sys.modules does not hold yet.

The import statement, relative names, fromlist and the sys.modules fast path run in Java
(org.sanca.runtime.interp.Import), which calls _find_and_load here for a module it must load.
Frames of this file never show in tracebacks: the importer removes them.
"""

import _imp
import sys

_NEEDS_LOADING = object()


class ModuleSpec:
    """What a finder found: the module's name, its loader and where it comes from."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        parts = [f"name={self.name!r}", f"loader={self.loader!r}"]
        if self.origin is not None:
            parts.append(f"origin={self.origin!r}")
        if self.submodule_search_locations is not None:
            parts.append(f"submodule_search_locations={self.submodule_search_locations}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def __eq__(self, other):
        try:
            return (self.name == other.name and self.loader == other.loader
                    and self.origin == other.origin
                    and self.submodule_search_locations == other.submodule_search_locations
                    and self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            if self.origin.endswith(".py"):
                from _frozen_importlib_external import cache_from_source
                try:
                    self._cached = cache_from_source(self.origin)
                except NotImplementedError:
                    pass
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    """Finds and makes the modules written in Java (sys.builtin_module_names)."""

    _ORIGIN = "built-in"

    def __init__(self, *args, **kwargs):
        raise TypeError("BuiltinImporter is not meant to be instantiated")

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or not _imp.is_builtin(fullname):
            return None
        return ModuleSpec(fullname, cls, origin=cls._ORIGIN)

    @staticmethod
    def create_module(spec):
        if spec.name not in sys.builtin_module_names:
            raise ImportError(f"{spec.name!r} is not a built-in module", name=spec.name)
        return _imp.create_builtin(spec)

    @staticmethod
    def exec_module(module):
        _imp.exec_builtin(module)

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


def _warn(message, category):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, category, stacklevel=2)


def _init_module_attrs(spec, module, override=False):
    """Sets __name__, __loader__, __package__, __spec__, __path__, __file__ and __cached__."""
    if override or getattr(module, "__name__", None) is None:
        _try_set(module, "__name__", spec.name)
    loader = spec.loader
    if loader is None and spec.submodule_search_locations is not None:
        import _frozen_importlib_external
        loader = _frozen_importlib_external.NamespaceLoader.__new__(
            _frozen_importlib_external.NamespaceLoader)
        loader._path = spec.submodule_search_locations
        spec.loader = loader
        module.__file__ = None
    if override or getattr(module, "__loader__", None) is None:
        _try_set(module, "__loader__", loader)
    if override or getattr(module, "__package__", None) is None:
        _try_set(module, "__package__", spec.parent)
    _try_set(module, "__spec__", spec)
    if (override or getattr(module, "__path__", None) is None) \
            and spec.submodule_search_locations is not None:
        _try_set(module, "__path__", spec.submodule_search_locations)
    if spec.has_location:
        if override or getattr(module, "__file__", None) is None:
            _try_set(module, "__file__", spec.origin)
        if override or getattr(module, "__cached__", None) is None:
            if spec.cached is not None:
                _try_set(module, "__cached__", spec.cached)
    return module


def _try_set(module, name, value):
    try:
        setattr(module, name, value)
    except AttributeError:
        pass


def module_from_spec(spec):
    """A new module for spec, made by its loader when the loader makes modules."""
    module = None
    if hasattr(spec.loader, "create_module"):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, "exec_module"):
        raise ImportError("loaders that define exec_module() must also define create_module()")
    if module is None:
        module = _imp._new_module(spec.name)
    _init_module_attrs(spec, module)
    return module


def _find_spec(name, path, target=None):
    meta_path = sys.meta_path
    if meta_path is None:
        raise ImportError("sys.meta_path is None, Python is likely shutting down")
    if not meta_path:
        _warn("sys.meta_path is empty", ImportWarning)
    reloading = name in sys.modules
    for finder in meta_path:
        try:
            find_spec = finder.find_spec
        except AttributeError:
            continue
        spec = find_spec(name, path, target)
        if spec is None:
            continue
        if not reloading and name in sys.modules:
            existing = getattr(sys.modules[name], "__spec__", None)
            return spec if existing is None else existing
        return spec
    return None


def _find_and_load(name):
    """Finds module name (absolute; its parents imported first), loads it and returns it."""
    module = sys.modules.get(name, _NEEDS_LOADING)
    if module is not _NEEDS_LOADING:
        return module
    path = None
    parent, _, child = name.rpartition(".")
    parent_module = None
    if parent:
        if parent not in sys.modules:
            _imp._import_module(parent)
        if name in sys.modules:
            return sys.modules[name]
        parent_module = sys.modules[parent]
        try:
            path = parent_module.__path__
        except AttributeError:
            raise ModuleNotFoundError(f"No module named {name!r}; {parent!r} is not a package",
                                      name=name) from None
    parent_spec = getattr(parent_module, "__spec__", None) if parent_module is not None else None
    if parent_spec is not None:
        parent_spec._uninitialized_submodules.append(child)
    try:
        spec = _find_spec(name, path)
        if spec is None:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        module = _load_unlocked(spec)
    finally:
        if parent_spec is not None:
            parent_spec._uninitialized_submodules.pop()
    if parent_module is not None:
        try:
            setattr(parent_module, child, module)
        except AttributeError:
            _warn(f"Cannot set an attribute on {parent!r} for child module {child!r}",
                           ImportWarning)
    return module


def _load_unlocked(spec):
    if spec.loader is not None and not hasattr(spec.loader, "exec_module"):
        return _load_with_load_module(spec)
    module = module_from_spec(spec)
    spec._initializing = True
    try:
        sys.modules[spec.name] = module
        try:
            if spec.loader is None:
                if spec.submodule_search_locations is None:
                    raise ImportError("missing loader", name=spec.name)
            else:
                spec.loader.exec_module(module)
        except BaseException:
            sys.modules.pop(spec.name, None)
            raise
        module = sys.modules.pop(spec.name)
        sys.modules[spec.name] = module
    finally:
        spec._initializing = False
    return module


def _load_with_load_module(spec):
    """A loader of the old protocol: load_module(name) puts the module in sys.modules."""
    try:
        spec.loader.load_module(spec.name)
    except BaseException:
        sys.modules.pop(spec.name, None)
        raise
    module = sys.modules.pop(spec.name)
    sys.modules[spec.name] = module
    if getattr(module, "__loader__", None) is None:
        _try_set(module, "__loader__", spec.loader)
    if getattr(module, "__package__", None) is None:
        _try_set(module, "__package__", spec.parent)
    if getattr(module, "__spec__", None) is None:
        _try_set(module, "__spec__", spec)
    return module


def _exec(spec, module):
    """Runs spec's loader again over an existing module (importlib.reload)."""
    name = spec.name
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name!r} not in sys.modules", name=name)
    try:
        if spec.loader is None:
            if spec.submodule_search_locations is None:
                raise ImportError("missing loader", name=spec.name)
            _init_module_attrs(spec, module, override=True)
        else:
            _init_module_attrs(spec, module, override=True)
            if not hasattr(spec.loader, "exec_module"):
                spec.loader.load_module(name)
            else:
                spec.loader.exec_module(module)
    finally:
        module = sys.modules.pop(spec.name)
        sys.modules[spec.name] = module
    return module


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name}" if name else base


def _setup():
    """Gives the modules made before the import system was ready their specs."""
    for name, module in list(sys.modules.items()):
        if name in sys.builtin_module_names and getattr(module, "__spec__", None) is None:
            spec = ModuleSpec(name, BuiltinImporter, origin=BuiltinImporter._ORIGIN)
            _init_module_attrs(spec, module)

"""The import system's Python interface: import_module, reload, invalidate_caches."""

import sys
import _frozen_importlib
import _frozen_importlib_external

# The names other importlib submodules and user code reach for.
_bootstrap = _frozen_importlib
_bootstrap_external = _frozen_importlib_external

__all__ = ["__import__", "import_module", "invalidate_caches", "reload"]

__import__ = __import__


def invalidate_caches():
    """Asks every finder on sys.meta_path to drop what it cached."""
    for finder in sys.meta_path:
        method = getattr(finder, "invalidate_caches", None)
        if method is not None:
            method()


def import_module(name, package=None):
    """Imports module name (relative to package when it starts with dots) and returns it."""
    relative = name[:len(name) - len(name.lstrip("."))]
    if relative and not package:
        raise TypeError("the 'package' argument is required to perform a relative "
                        f"import for {name!r}")
    target = name[len(relative):]
    if relative:
        target = _frozen_importlib._resolve_name(target, package, len(relative))
    if not target:
        raise ValueError("Empty module name")
    if not isinstance(target, str):
        raise TypeError(f"module name must be str, not {type(target)}")
    __import__(target)
    return sys.modules[target]


# Modules being reloaded right now, so a reload that re-enters itself returns at once.
_in_progress = {}


def _reload_name(module):
    try:
        return module.__spec__.name
    except AttributeError:
        try:
            return module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")


def _search_path(qualified):
    package = qualified.rpartition(".")[0]
    if not package:
        return None
    if package not in sys.modules:
        raise ImportError(f"parent {package!r} not in sys.modules", name=package)
    return sys.modules[package].__path__


def reload(module):
    """Runs an imported module's code again in its namespace and returns it."""
    qualified = _reload_name(module)
    if module is not sys.modules.get(qualified):
        raise ImportError(f"module {qualified} not in sys.modules", name=qualified)
    if qualified in _in_progress:
        return _in_progress[qualified]
    _in_progress[qualified] = module
    try:
        spec = _frozen_importlib._find_spec(qualified, _search_path(qualified), module)
        module.__spec__ = spec
        if spec is None:
            raise ModuleNotFoundError(f"spec not found for the module {qualified!r}",
                                      name=qualified)
        _frozen_importlib._exec(spec, module)
        return sys.modules[qualified]
    finally:
        _in_progress.pop(qualified, None)

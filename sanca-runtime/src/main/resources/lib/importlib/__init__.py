"""The import system's Python interface: import_module, reload, invalidate_caches."""

import sys
import _frozen_importlib as _bootstrap
import _frozen_importlib_external as _bootstrap_external

__all__ = ["__import__", "import_module", "invalidate_caches", "reload"]

__import__ = __import__


def invalidate_caches():
    """Asks every finder on sys.meta_path to drop what it cached."""
    for finder in sys.meta_path:
        if hasattr(finder, "invalidate_caches"):
            finder.invalidate_caches()


def import_module(name, package=None):
    """Imports module name (relative to package when it starts with dots) and returns it."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            f"import for {name!r}")
        for character in name:
            if character != ".":
                break
            level += 1
    name = name[level:]
    if level:
        absolute = _bootstrap._resolve_name(name, package, level)
    else:
        absolute = name
    if not absolute:
        raise ValueError("Empty module name")
    if not isinstance(absolute, str):
        raise TypeError(f"module name must be str, not {type(absolute)}")
    __import__(absolute)
    return sys.modules[absolute]


_RELOADING = {}


def reload(module):
    """Runs an imported module's code again in its namespace and returns it."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent_name = name.rpartition(".")[0]
        if parent_name:
            try:
                parent = sys.modules[parent_name]
            except KeyError:
                raise ImportError(f"parent {parent_name!r} not in sys.modules",
                                  name=parent_name) from None
            path = parent.__path__
        else:
            path = None
        spec = module.__spec__ = _bootstrap._find_spec(name, path, module)
        if spec is None:
            raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
        _bootstrap._exec(spec, module)
        return sys.modules[name]
    finally:
        try:
            del _RELOADING[name]
        except KeyError:
            pass

"""Utilities of the import system: finding specs, making modules from them, names and caches."""

import sys
from _frozen_importlib import module_from_spec, _resolve_name, _find_spec
from _frozen_importlib_external import (
    MAGIC_NUMBER, cache_from_source, decode_source, source_from_cache, spec_from_file_location,
    spec_from_loader)

__all__ = ["MAGIC_NUMBER", "cache_from_source", "decode_source", "find_spec", "module_from_spec",
           "resolve_name", "source_from_cache", "spec_from_file_location",
           "spec_from_loader"]


def resolve_name(name, package):
    """The absolute name of name, relative to package when it starts with dots."""
    depth = len(name) - len(name.lstrip("."))
    if not depth:
        return name
    if not package:
        raise ImportError(f"no package specified for {repr(name)} "
                          "(required for relative module names)")
    return _resolve_name(name[depth:], package, depth)


def _parent_path(qualified):
    """The __path__ of the package holding qualified (imported first), None at top level."""
    package = qualified.rpartition(".")[0]
    if not package:
        return None
    holder = __import__(package, fromlist=["__path__"])
    try:
        return holder.__path__
    except AttributeError as missing:
        raise ModuleNotFoundError(
            f"__path__ attribute not found on {package!r} while trying to find {qualified!r}",
            name=qualified) from missing


def find_spec(name, package=None):
    """The spec of module name: its __spec__ when imported, else what the finders find.
    The parent package of a dotted name is imported first."""
    qualified = resolve_name(name, package) if name.startswith(".") else name
    loaded = sys.modules.get(qualified, _NOT_LOADED)
    if loaded is _NOT_LOADED:
        return _find_spec(qualified, _parent_path(qualified))
    if loaded is None:
        return None
    try:
        spec = loaded.__spec__
    except AttributeError:
        raise ValueError(f"{name}.__spec__ is not set") from None
    if spec is None:
        raise ValueError(f"{name}.__spec__ is None")
    return spec


_NOT_LOADED = object()

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
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {repr(name)} "
                          "(required for relative module names)")
    level = 0
    for character in name:
        if character != ".":
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def _spec_of(module, name):
    if module.__spec__ is None:
        raise ValueError(f"{name}.__spec__ is None")
    return module.__spec__


def find_spec(name, package=None):
    """The spec of module name: its __spec__ when imported, else what the finders find.
    The parent package of a dotted name is imported first."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition(".")[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=["__path__"])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent_name!r} "
                    f"while trying to find {fullname!r}", name=fullname) from e
        else:
            parent_path = None
        return _find_spec(fullname, parent_path)
    module = sys.modules[fullname]
    if module is None:
        return None
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError(f"{name}.__spec__ is not set") from None
    if spec is None:
        raise ValueError(f"{name}.__spec__ is None")
    return spec

"""The finders, loaders and specs of the import system."""

from _frozen_importlib import ModuleSpec, BuiltinImporter
from _frozen_importlib_external import (
    SOURCE_SUFFIXES, BYTECODE_SUFFIXES, EXTENSION_SUFFIXES, FileFinder, NamespaceLoader,
    PathFinder, SourceFileLoader)

DEBUG_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES


def all_suffixes():
    """Every file suffix the file finder recognises for a module."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES

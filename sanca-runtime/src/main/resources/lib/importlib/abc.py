"""Abstract base classes of finders and loaders."""

import abc
from _frozen_importlib import _load_unlocked
import _frozen_importlib_external as _external
from . import machinery

__all__ = ["Loader", "MetaPathFinder", "PathEntryFinder", "ResourceLoader", "InspectLoader",
           "ExecutionLoader", "FileLoader", "SourceLoader"]


class Loader(metaclass=abc.ABCMeta):
    """A loader: create_module makes the module (None for the default), exec_module runs it."""

    def create_module(self, spec):
        return None

    def load_module(self, fullname):
        if not hasattr(self, "exec_module"):
            raise ImportError
        spec = _external.spec_from_loader(fullname, self)
        return _load_unlocked(spec)


class MetaPathFinder(metaclass=abc.ABCMeta):
    """A finder on sys.meta_path: find_spec(fullname, path, target=None)."""

    def invalidate_caches(self):
        pass


class PathEntryFinder(metaclass=abc.ABCMeta):
    """A finder for one sys.path entry: find_spec(fullname, target=None)."""

    def invalidate_caches(self):
        pass


class ResourceLoader(Loader):
    @abc.abstractmethod
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        text = self.get_source(fullname)
        return None if text is None else self.source_to_code(text)

    @abc.abstractmethod
    def get_source(self, fullname):
        raise ImportError

    @staticmethod
    def source_to_code(data, path="<string>"):
        return compile(data, path, "exec", dont_inherit=True)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f"cannot load module {module.__name__!r} when get_code() returns None")
        exec(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    @abc.abstractmethod
    def get_filename(self, fullname):
        raise ImportError


class FileLoader(_external.FileLoader, ResourceLoader, ExecutionLoader):
    """A loader of one file."""


class SourceLoader(_external.SourceLoader, ResourceLoader, ExecutionLoader):
    """A loader of source, given get_data and get_filename."""


for _finder in (machinery.BuiltinImporter, machinery.PathFinder):
    MetaPathFinder.register(_finder)
PathEntryFinder.register(machinery.FileFinder)
InspectLoader.register(machinery.BuiltinImporter)
for _loader in (machinery.SourceFileLoader, machinery.NamespaceLoader):
    Loader.register(_loader)

"""Running modules and files as scripts: run_module, run_path, and the work of `python -m`.

The messages are CPython's; the interpreter calls _run_module_as_main for -m."""

import sys
import importlib.machinery
import importlib.util

__all__ = ["run_module", "run_path"]


class _Error(Exception):
    """Why a module cannot be run; -m reports it as one line, without a traceback."""


def _module_globals(namespace, name, spec, package=None, script=None):
    # The dunder names a module sees while it runs, taken from its spec when it has one.
    if spec is not None:
        origin, loader, cached = spec.origin, spec.loader, spec.cached
        if package is None:
            package = spec.parent
    else:
        origin, loader, cached = script, None, None
    namespace.update(__name__=name, __file__=origin, __cached__=cached, __doc__=None,
                     __loader__=loader, __package__=package, __spec__=spec)


def _exec_in(code, namespace, extra, name, spec=None, package=None, script=None):
    if extra is not None:
        namespace.update(extra)
    _module_globals(namespace, name, spec, package, script)
    exec(code, namespace)
    return namespace


class _Borrowed:
    """Context manager that sets sys.modules[name] to a fresh module and sys.argv[0] to a path
    while code runs, and puts both back afterwards."""

    _absent = object()

    def __init__(self, name, argv0):
        self.name = name
        self.argv0 = argv0
        self.module = type(sys)(name)

    def __enter__(self):
        self._old_module = sys.modules.get(self.name, self._absent)
        self._old_argv0 = sys.argv[0]
        sys.modules[self.name] = self.module
        sys.argv[0] = self.argv0
        return self.module

    def __exit__(self, *exc):
        sys.argv[0] = self._old_argv0
        if self._old_module is self._absent:
            sys.modules.pop(self.name, None)
        else:
            sys.modules[self.name] = self._old_module


def _exec_as_module(code, extra, name, spec=None, package=None, script=None):
    argv0 = spec.origin if spec is not None else script
    with _Borrowed(name, argv0) as module:
        _exec_in(code, module.__dict__, extra, name, spec, package, script)
        return dict(module.__dict__)


def _import_parent(name):
    # Importing the package first, as CPython does, so that a submodule imported as a side
    # effect is noticed (and warned about) before it is run a second time.
    parent = name.rpartition(".")[0]
    if not parent:
        return
    try:
        __import__(parent)
    except ImportError as e:
        if e.name is None or (e.name != parent and not parent.startswith(e.name + ".")):
            raise
    already = sys.modules.get(name)
    if already is not None and not hasattr(already, "__path__"):
        import warnings
        warnings.warn(f"{name!r} found in sys.modules after import of package {parent!r}, but "
                      f"prior to execution of {name!r}; this may result in unpredictable "
                      "behaviour", RuntimeWarning)


def _find(name, error):
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, AttributeError, TypeError, ValueError) as e:
        text = f"Error while finding module specification for {name!r} ({type(e).__name__}: {e})"
        if name.endswith(".py"):
            text += f". Try using '{name[:-3]}' instead of '{name}' as the module name."
        raise error(text) from e
    if spec is None:
        raise error(f"No module named {name}")
    return spec


def _package_main(name, error):
    # A package runs through its __main__ submodule.
    if name == "__main__" or name.endswith(".__main__"):
        raise error("Cannot use package as __main__ module")
    try:
        return _details(name + ".__main__", error)
    except error as e:
        if name not in sys.modules:
            raise
        raise error(f"{e}; {name!r} is a package and cannot be directly executed")


def _details(name, error=ImportError):
    """(name, spec, code) of the module to run, or `error` saying why it cannot be run."""
    if name.startswith("."):
        raise error("Relative module names not supported")
    _import_parent(name)
    spec = _find(name, error)
    if spec.submodule_search_locations is not None:
        return _package_main(name, error)
    if spec.loader is None:
        raise error(f"{name!r} is a namespace package and cannot be executed")
    try:
        code = spec.loader.get_code(name)
    except ImportError as e:
        raise error(format(e)) from e
    if code is None:
        raise error(f"No code object available for {name}")
    return name, spec, code


def _main_details(error=ImportError):
    # __main__ found again on sys.path (a directory or archive run as a script), with the
    # running __main__ moved out of the way while it is looked up.
    running = sys.modules.pop("__main__")
    try:
        return _details("__main__")
    except ImportError as e:
        if "__main__" in str(e):
            raise error(f"can't find '__main__' module in {sys.path[0]!r}") from e
        raise
    finally:
        sys.modules["__main__"] = running


def _run_module_as_main(mod_name, alter_argv=True):
    """What `python -m mod_name` runs: the module's code as __main__, in __main__'s own
    namespace, with sys.argv[0] set to the module's file."""
    try:
        if alter_argv or mod_name != "__main__":
            name, spec, code = _details(mod_name, _Error)
        else:
            name, spec, code = _main_details(_Error)
    except _Error as e:
        sys.exit(f"{sys.executable}: {e}")
    if alter_argv:
        sys.argv[0] = spec.origin
    return _exec_in(code, sys.modules["__main__"].__dict__, None, "__main__", spec)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Runs the code of module mod_name in a fresh namespace and returns that namespace.
    With alter_sys, sys.argv[0] and sys.modules[run_name] reflect the running module."""
    name, spec, code = _details(mod_name)
    if run_name is None:
        run_name = name
    if alter_sys:
        return _exec_as_module(code, init_globals, run_name, spec)
    return _exec_in(code, {}, init_globals, run_name, spec)


def _read_code(path):
    with open(path, "rb") as f:
        source = f.read()
    return compile(source, path, "exec")


def run_path(path_name, init_globals=None, run_name=None):
    """Runs the file path_name (or the __main__ module of a directory) and returns the
    resulting namespace."""
    if run_name is None:
        run_name = "<run_path>"
    package = run_name.rpartition(".")[0]
    import os
    if not os.path.isdir(path_name):
        return _exec_as_module(_read_code(path_name), init_globals, run_name, package=package,
                               script=path_name)
    sys.path.insert(0, path_name)
    try:
        name, spec, code = _main_details()
        with _Borrowed(run_name, spec.origin) as module:
            return dict(_exec_in(code, module.__dict__, init_globals, run_name, spec, package))
    finally:
        try:
            sys.path.remove(path_name)
        except ValueError:
            pass

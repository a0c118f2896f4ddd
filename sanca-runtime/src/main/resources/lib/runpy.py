"""Running modules as scripts: run_module, run_path, and what `python -m` does."""

import sys
import importlib.machinery
import importlib.util

__all__ = ["run_module", "run_path"]


class _Error(Exception):
    """A module that cannot be run: reported without a traceback under -m."""


def _run_code(code, run_globals, init_globals=None, mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    if init_globals is not None:
        run_globals.update(init_globals)
    if mod_spec is None:
        loader = None
        fname = script_name
        cached = None
    else:
        loader = mod_spec.loader
        fname = mod_spec.origin
        cached = mod_spec.cached
        if pkg_name is None:
            pkg_name = mod_spec.parent
    run_globals.update(__name__=mod_name, __file__=fname, __cached__=cached, __doc__=None,
                       __loader__=loader, __package__=pkg_name, __spec__=mod_spec)
    exec(code, run_globals)
    return run_globals


class _TempModule:
    """Puts a fresh module in sys.modules under a name while code runs, then restores."""

    def __init__(self, mod_name):
        self.mod_name = mod_name
        self.module = type(sys)(mod_name)
        self._saved = []

    def __enter__(self):
        name = self.mod_name
        try:
            self._saved.append(sys.modules[name])
        except KeyError:
            pass
        sys.modules[name] = self.module
        return self

    def __exit__(self, *args):
        if self._saved:
            sys.modules[self.mod_name] = self._saved[0]
        else:
            del sys.modules[self.mod_name]
        self._saved = []


class _ModifiedArgv0:
    def __init__(self, value):
        self.value = value
        self._saved = self._sentinel = object()

    def __enter__(self):
        if self._saved is not self._sentinel:
            raise RuntimeError("Already preserving saved value")
        self._saved = sys.argv[0]
        sys.argv[0] = self.value

    def __exit__(self, *args):
        self.value = self._sentinel
        sys.argv[0] = self._saved


def _run_module_code(code, init_globals=None, mod_name=None, mod_spec=None, pkg_name=None,
                     script_name=None):
    fname = script_name if mod_spec is None else mod_spec.origin
    with _TempModule(mod_name) as temp_module, _ModifiedArgv0(fname):
        mod_globals = temp_module.module.__dict__
        _run_code(code, mod_globals, init_globals, mod_name, mod_spec, pkg_name, script_name)
    return mod_globals.copy()


def _get_module_details(mod_name, error=ImportError):
    if mod_name.startswith("."):
        raise error("Relative module names not supported")
    pkg_name, _, _ = mod_name.rpartition(".")
    if pkg_name:
        try:
            __import__(pkg_name)
        except ImportError as e:
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + ".")):
                raise
        existing = sys.modules.get(mod_name)
        if existing is not None and not hasattr(existing, "__path__"):
            import warnings
            warnings.warn(f"{mod_name!r} found in sys.modules after import of package "
                          f"{pkg_name!r}, but prior to execution of {mod_name!r}; this may "
                          "result in unpredictable behaviour", RuntimeWarning)
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = "Error while finding module specification for {!r} ({}: {})"
        if mod_name.endswith(".py"):
            msg += f". Try using '{mod_name[:-3]}' instead of '{mod_name}' as the module name."
        raise error(msg.format(mod_name, type(ex).__name__, ex)) from ex
    if spec is None:
        raise error(f"No module named {mod_name}")
    if spec.submodule_search_locations is not None:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise error("Cannot use package as __main__ module")
        try:
            pkg_main_name = mod_name + ".__main__"
            return _get_module_details(pkg_main_name, error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error(f"{e}; {mod_name!r} is a package and cannot be directly executed")
    loader = spec.loader
    if loader is None:
        raise error(f"{mod_name!r} is a namespace package and cannot be executed")
    try:
        code = loader.get_code(mod_name)
    except ImportError as e:
        raise error(format(e)) from e
    if code is None:
        raise error(f"No code object available for {mod_name}")
    return mod_name, spec, code


def _run_module_as_main(mod_name, alter_argv=True):
    """What `python -m mod_name` runs: the module's code as __main__, in __main__'s namespace."""
    try:
        if alter_argv or mod_name != "__main__":
            mod_name, mod_spec, code = _get_module_details(mod_name, _Error)
        else:
            mod_name, mod_spec, code = _get_main_module_details(_Error)
    except _Error as exc:
        sys.exit(f"{sys.executable}: {exc}")
    main_globals = sys.modules["__main__"].__dict__
    if alter_argv:
        sys.argv[0] = mod_spec.origin
    return _run_code(code, main_globals, None, "__main__", mod_spec)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Runs module mod_name's code in a fresh namespace and returns that namespace."""
    mod_name, mod_spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, mod_spec)
    return _run_code(code, {}, init_globals, run_name, mod_spec)


def _get_main_module_details(error=ImportError):
    main_name = "__main__"
    saved_main = sys.modules[main_name]
    del sys.modules[main_name]
    try:
        return _get_module_details(main_name)
    except ImportError as exc:
        if main_name in str(exc):
            raise error(f"can't find {main_name!r} module in {sys.path[0]!r}") from exc
        raise
    finally:
        sys.modules[main_name] = saved_main


def run_path(path_name, init_globals=None, run_name=None):
    """Runs the Python file path_name and returns its resulting namespace."""
    if run_name is None:
        run_name = "<run_path>"
    pkg_name = run_name.rpartition(".")[0]
    with open(path_name, "rb") as f:
        source = f.read()
    code = compile(source, path_name, "exec")
    return _run_module_code(code, init_globals, run_name, pkg_name=pkg_name, script_name=path_name)

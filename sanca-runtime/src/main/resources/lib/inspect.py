"""Get useful information from live Python objects.

This module answers questions about modules, classes, functions, methods,
frames, tracebacks and code objects: what kind of object something is, what
its source text is, what its call signature is, and where it was defined.

Sanca's implementation. Importing it stays cheap: the abstract syntax tree
(for locating class definitions) and functools are only consulted when a
question needs them.
"""

import sys
import enum
import types

__all__ = [
    "AGEN_CLOSED", "AGEN_CREATED", "AGEN_RUNNING", "AGEN_SUSPENDED", "ArgInfo", "Arguments", "Attribute",
    "BoundArguments", "BufferFlags", "CORO_CLOSED", "CORO_CREATED", "CORO_RUNNING",
    "CORO_SUSPENDED", "CO_ASYNC_GENERATOR", "CO_COROUTINE", "CO_GENERATOR", "CO_ITERABLE_COROUTINE",
    "CO_NESTED", "CO_NEWLOCALS", "CO_NOFREE", "CO_OPTIMIZED", "CO_VARARGS", "CO_VARKEYWORDS",
    "ClassFoundException", "ClosureVars", "EndOfBlock", "FrameInfo", "FullArgSpec", "GEN_CLOSED",
    "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "Parameter", "Signature", "TPFLAGS_IS_ABSTRACT",
    "Traceback", "classify_class_attrs", "cleandoc", "currentframe", "findsource", "formatannotation",
    "formatannotationrelativeto", "formatargvalues", "get_annotations", "getabsfile", "getargs",
    "getargvalues", "getasyncgenlocals", "getasyncgenstate", "getattr_static", "getblock", "getcallargs",
    "getclasstree", "getclosurevars", "getcomments", "getcoroutinelocals", "getcoroutinestate", "getdoc",
    "getfile", "getframeinfo", "getfullargspec", "getgeneratorlocals", "getgeneratorstate",
    "getinnerframes", "getlineno", "getmembers", "getmembers_static", "getmodule", "getmodulename",
    "getmro", "getouterframes", "getsource", "getsourcefile", "getsourcelines", "indentsize",
    "isabstract", "isasyncgen", "isasyncgenfunction", "isawaitable", "isbuiltin", "isclass", "iscode",
    "iscoroutine", "iscoroutinefunction", "isdatadescriptor", "isframe", "isfunction", "isgenerator",
    "isgeneratorfunction", "isgetsetdescriptor", "ismemberdescriptor", "ismethod", "ismethoddescriptor",
    "ismethodwrapper", "ismodule", "isroutine", "istraceback", "markcoroutinefunction", "signature",
    "stack", "trace", "unwrap", "walktree",
]

# Code object flags (Include/cpython/code.h).
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20

GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED = (
    'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED')
CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED = (
    'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED')
AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED, AGEN_CLOSED = (
    'AGEN_CREATED', 'AGEN_RUNNING', 'AGEN_SUSPENDED', 'AGEN_CLOSED')


# ---------------------------------------------------------------- small records

def _record(typename, field_names, extra=()):
    """A tuple subclass with named fields, as collections.namedtuple makes, without
    importing collections. Names in `extra` are keyword-only attributes kept beside the
    tuple (FrameInfo's and Traceback's positions)."""
    fields = tuple(field_names.split())
    count = len(fields)

    def __new__(cls, *args, **kwargs):
        values = list(args)
        extras = {name: kwargs.pop(name, None) for name in extra}
        for name in fields[len(values):]:
            if name not in kwargs:
                missing = [n for n in fields[len(values):] if n not in kwargs]
                raise TypeError(f"{typename}.__new__() missing {len(missing)} required positional "
                                f"argument{'s' if len(missing) > 1 else ''}: "
                                + ", ".join(repr(m) for m in missing))
            values.append(kwargs.pop(name))
        if kwargs:
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument {next(iter(kwargs))!r}")
        if len(values) > count:
            raise TypeError(f"{typename}.__new__() takes {count + 1} positional arguments "
                            f"but {len(values) + 1} were given")
        self = tuple.__new__(cls, values)
        for name, value in extras.items():
            object.__setattr__(self, name, value)
        return self

    def __repr__(self):
        shown = [f"{name}={value!r}" for name, value in zip(fields, self)]
        shown += [f"{name}={getattr(self, name)!r}" for name in extra]
        return f"{type(self).__name__}({', '.join(shown)})"

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **changes):
        values = [changes.pop(name, value) for name, value in zip(fields, self)]
        if changes:
            raise ValueError(f"Got unexpected field names: {list(changes)!r}")
        return type(self)(*values, **{name: getattr(self, name) for name in extra})

    def __getnewargs__(self):
        return tuple(self)

    namespace = {} if extra else {'__slots__': ()}
    namespace.update({
        '__new__': __new__, '__repr__': __repr__, '_asdict': _asdict, '_replace': _replace,
        '__getnewargs__': __getnewargs__, '_fields': fields, '__match_args__': fields,
        '__module__': __name__,
        '_make': classmethod(lambda cls, iterable: cls(*iterable)),
        '__doc__': f"{typename}({', '.join(fields)})",
    })
    for index, name in enumerate(fields):
        namespace[name] = property(lambda self, i=index: tuple.__getitem__(self, i),
                                  doc=f"Alias for field number {index}")
    return type(typename, (tuple,), namespace)


ArgInfo = _record('ArgInfo', 'args varargs keywords locals')
Arguments = _record('Arguments', 'args varargs varkw')
Attribute = _record('Attribute', 'name kind defining_class object')
ClosureVars = _record('ClosureVars', 'nonlocals globals builtins unbound')
FullArgSpec = _record('FullArgSpec', 'args varargs varkw defaults kwonlyargs kwonlydefaults annotations')
_Positions = _record('Positions', 'lineno end_lineno col_offset end_col_offset')
FrameInfo = _record('FrameInfo', 'frame filename lineno function code_context index', extra=('positions',))
Traceback = _record('Traceback', 'filename lineno function code_context index', extra=('positions',))


class EndOfBlock(Exception):
    pass


class ClassFoundException(Exception):
    pass


# ---------------------------------------------------------------- what an object is

def ismodule(object):
    """Whether the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Whether the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Whether the object is an instance method."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """Whether the object is a user-defined function."""
    return isinstance(object, types.FunctionType)


def istraceback(object):
    """Whether the object is a traceback."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """Whether the object is a frame object."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """Whether the object is a code object."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """Whether the object is a built-in function or method."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """Whether the object is a method wrapper."""
    return isinstance(object, types.MethodWrapperType)


def ismethoddescriptor(object):
    """Whether the object is a method descriptor (has __get__ but not __set__),
    but not a class, a method or a function."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, "__get__") and not hasattr(kind, "__set__")


def isdatadescriptor(object):
    """Whether the object is a data descriptor (defines __set__ or __delete__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, "__set__") or hasattr(kind, "__delete__")


def ismemberdescriptor(object):
    """Whether the object is a member descriptor (a __slots__ entry)."""
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    """Whether the object is a getset descriptor."""
    return isinstance(object, types.GetSetDescriptorType)


def isroutine(object):
    """Whether the object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)
            or ismethodwrapper(object))


def isabstract(object):
    """Whether the object is an abstract base class with abstract methods left."""
    if not isinstance(object, type):
        return False
    if getattr(object, '__flags__', 0) & TPFLAGS_IS_ABSTRACT:
        return True
    return bool(getattr(object, '__abstractmethods__', None))


def isgenerator(object):
    """Whether the object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Whether the object is a coroutine."""
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    """Whether the object is an asynchronous generator."""
    return isinstance(object, types.AsyncGeneratorType)


def _innermost_function(f):
    """The function under methods and functools.partial objects."""
    while True:
        if ismethod(f):
            f = f.__func__
            continue
        functools = sys.modules.get('functools')
        if functools is not None and isinstance(f, functools.partial):
            f = f.func
            continue
        return f


def _has_code_flag(f, flag):
    f = _innermost_function(f)
    return isfunction(f) and bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """Whether the object is a generator function."""
    return _has_code_flag(obj, CO_GENERATOR)


_is_coroutine_mark = object()


def markcoroutinefunction(func):
    """Mark a function so that iscoroutinefunction() answers true for it."""
    if hasattr(func, '__func__'):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_mark
    return func


def iscoroutinefunction(obj):
    """Whether the object is a coroutine function (or marked as one)."""
    if _has_code_flag(obj, CO_COROUTINE):
        return True
    return getattr(_innermost_function(obj), '_is_coroutine_marker', None) is _is_coroutine_mark


def isasyncgenfunction(obj):
    """Whether the object is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isawaitable(object):
    """Return true if the object can be used in an await expression."""
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType):
        return bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)
    abc = sys.modules.get('collections.abc')
    if abc is not None:
        return isinstance(object, abc.Awaitable)
    return callable(getattr(type(object), '__await__', None))


# ---------------------------------------------------------------- generator states

def getgeneratorstate(generator):
    """The state of a generator: GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    """The state of a coroutine: CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getasyncgenstate(agen):
    """The state of an asynchronous generator: AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED or AGEN_CLOSED."""
    if agen.ag_running:
        return AGEN_RUNNING
    frame = agen.ag_frame
    if frame is None:
        return AGEN_CLOSED
    suspended = getattr(agen, 'ag_suspended', None)
    if suspended is None:
        # Without ag_suspended: a frame that has run any instruction is suspended.
        suspended = frame.f_lasti > 0
    return AGEN_SUSPENDED if suspended else AGEN_CREATED


def _frame_locals(frame):
    return frame.f_locals if frame is not None else {}


def getgeneratorlocals(generator):
    """The local variables of a suspended generator, as a dict."""
    if not isgenerator(generator):
        raise TypeError(f"{generator!r} is not a Python generator")
    return _frame_locals(getattr(generator, "gi_frame", None))


def getcoroutinelocals(coroutine):
    """The local variables of a suspended coroutine, as a dict."""
    frame = getattr(coroutine, "cr_frame", None)
    return _frame_locals(frame)


def getasyncgenlocals(agen):
    """The local variables of a suspended asynchronous generator, as a dict."""
    if not isasyncgen(agen):
        raise TypeError(f"{agen!r} is not a Python async generator")
    return _frame_locals(getattr(agen, "ag_frame", None))


# ---------------------------------------------------------------- members

def getmro(cls):
    """Return the method resolution order of cls as a tuple."""
    return cls.__mro__


def _members(object, predicate, lookup):
    if isclass(object):
        classes = (object,) + getmro(object)
    else:
        classes = ()
    names = dir(object)
    if isclass(object):
        # Virtual attributes hidden from dir() still show in getmembers().
        extra = [key for base in object.__bases__ for key, value in base.__dict__.items()
                 if isinstance(value, types.DynamicClassAttribute)]
        names.extend(extra)
    found = []
    seen = set()
    for key in names:
        try:
            value = lookup(object, key)
            if key in seen:
                raise AttributeError(key)
        except AttributeError:
            for base in classes:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if predicate is None or predicate(value):
            found.append((key, value))
        seen.add(key)
    found.sort(key=lambda pair: pair[0])
    return found


def getmembers(object, predicate=None):
    """All the (name, value) members of an object, sorted by name, optionally those
    for which predicate(value) is true."""
    return _members(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """As getmembers(), without running descriptors or __getattr__ (see getattr_static)."""
    return _members(object, predicate, getattr_static)


def classify_class_attrs(cls):
    """Describe each attribute of a class as an Attribute(name, kind, defining_class, object),
    kind being 'class method', 'static method', 'property', 'method' or 'data'."""
    mro = getmro(cls)
    metamro = tuple(c for c in getmro(type(cls)) if c not in (type, object))
    class_bases = (cls,) + mro
    all_bases = class_bases + metamro
    result = []
    seen = set()
    for name in dir(cls):
        if name in seen:
            continue
        home = None
        dict_value = None
        for base in all_bases:
            if name in base.__dict__:
                home = base
                dict_value = base.__dict__[name]
                break
        try:
            got = getattr(cls, name)
        except AttributeError:
            got = dict_value
        if home is None:
            for base in all_bases:
                if getattr(base, name, None) is got:
                    home = base
        if dict_value is None and home is not None:
            dict_value = home.__dict__.get(name, got)
        obj = dict_value if dict_value is not None else got
        if isinstance(dict_value, (staticmethod, types.BuiltinMethodType)):
            kind = "static method"
            obj = dict_value
        elif isinstance(dict_value, (classmethod, types.ClassMethodDescriptorType)):
            kind = "class method"
            obj = dict_value
        elif isinstance(dict_value, property):
            kind = "property"
            obj = dict_value
        elif isroutine(obj):
            kind = "method"
        else:
            kind = "data"
        result.append(Attribute(name, kind, home, obj))
        seen.add(name)
    return result


# ---------------------------------------------------------------- static lookup

_sentinel = object()


def _class_mro_static(klass):
    return type.__dict__['__mro__'].__get__(klass)


def _class_dict_static(klass):
    return type.__dict__['__dict__'].__get__(klass)


def _shadowed_dict(klass):
    """The '__dict__' attribute a class in klass's MRO defines over the default, or _sentinel."""
    for entry in _class_mro_static(klass):
        try:
            found = _class_dict_static(entry)["__dict__"]
        except KeyError:
            continue
        if not (type(found) is types.GetSetDescriptorType and found.__name__ == "__dict__"
                and found.__objclass__ is entry):
            return found
    return _sentinel


def _lookup_class_static(klass, attr):
    for entry in _class_mro_static(klass):
        if _shadowed_dict(type(entry)) is _sentinel:
            namespace = _class_dict_static(entry)
            if attr in namespace:
                return namespace[attr]
    return _sentinel


def _is_type_static(obj):
    try:
        _class_mro_static(obj)
    except TypeError:
        return False
    return True


def getattr_static(obj, attr, default=_sentinel):
    """Look an attribute up without triggering the descriptor protocol, __getattr__ or
    __getattribute__; may return descriptor objects themselves."""
    instance_value = _sentinel
    if not _is_type_static(obj):
        klass = type(obj)
        shadow = _shadowed_dict(klass)
        if shadow is _sentinel or type(shadow) is types.MemberDescriptorType:
            try:
                own = object.__getattribute__(obj, "__dict__")
            except AttributeError:
                own = {}
            instance_value = dict.get(own, attr, _sentinel)
    else:
        klass = obj
    class_value = _lookup_class_static(klass, attr)
    if instance_value is not _sentinel and class_value is not _sentinel:
        descriptor_type = type(class_value)
        if (_lookup_class_static(descriptor_type, '__get__') is not _sentinel
                and (_lookup_class_static(descriptor_type, '__set__') is not _sentinel
                     or _lookup_class_static(descriptor_type, '__delete__') is not _sentinel)):
            return class_value
    if instance_value is not _sentinel:
        return instance_value
    if class_value is not _sentinel:
        return class_value
    if obj is klass:
        for entry in _class_mro_static(type(klass)):
            if _shadowed_dict(type(entry)) is _sentinel:
                namespace = _class_dict_static(entry)
                if attr in namespace:
                    return namespace[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


# ---------------------------------------------------------------- documentation

def indentsize(line):
    """The number of columns of indentation of a line (tabs expanded)."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def cleandoc(doc):
    """Clean up indentation from a docstring: the first line's leading blanks go, the
    common indentation of the others goes, and blank lines at either end go."""
    lines = doc.expandtabs().split('\n')
    margins = [len(line) - len(line.lstrip()) for line in lines[1:] if line.lstrip()]
    margin = min(margins) if margins else 0
    lines[0] = lines[0].lstrip()
    lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _owner_class(func):
    """The class a function or method was defined in, found from its qualified name."""
    owner = sys.modules.get(getattr(func, '__module__', None))
    path = getattr(func, '__qualname__', '').split('.')[:-1]
    if owner is None or not path or '<locals>' in path:
        return None
    for name in path:
        owner = getattr(owner, name, None)
        if owner is None:
            return None
    return owner if isclass(owner) else None


def _inherited_doc(obj):
    """A docstring for obj taken from the base classes, as getdoc() falls back to."""
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is not object and base.__doc__ is not None:
                return base.__doc__
        return None
    if ismethod(obj):
        owner = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
        name = obj.__func__.__name__
    elif isfunction(obj) or isbuiltin(obj):
        owner = _owner_class(obj)
        name = obj.__name__
    elif isinstance(obj, property):
        owner = None
        name = getattr(obj.fget, '__name__', None)
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        owner = getattr(obj, '__objclass__', None)
        name = getattr(obj, '__name__', None)
    else:
        return None
    if owner is None or name is None:
        return None
    for base in owner.__mro__[1:]:
        found = base.__dict__.get(name)
        if found is not None:
            doc = getattr(found, '__doc__', None)
            if doc is not None:
                return doc
    return None


def getdoc(object):
    """The documentation string of an object, cleaned up with cleandoc(); inherited from a
    base class when the object has none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# ---------------------------------------------------------------- files and modules

def getfile(object):
    """The name of the file (source or compiled) an object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError(f'{object!r} is a built-in module')
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError(f'{object!r} is a built-in class')
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    f'code object was expected, got {type(object).__name__}')


_SOURCE_SUFFIXES = ('.py',)
_COMPILED_SUFFIXES = ('.pyc',)
_EXTENSION_SUFFIXES = ('.so', '.pyd', '.jar')


def getmodulename(path):
    """The module name a file path would be imported as, or None."""
    base = path.replace('\\', '/').rsplit('/', 1)[-1]
    for suffix in sorted(_SOURCE_SUFFIXES + _COMPILED_SUFFIXES + _EXTENSION_SUFFIXES, key=len, reverse=True):
        if base.endswith(suffix):
            return base[:-len(suffix)]
    return None


def getsourcefile(object):
    """The source file an object was defined in, or None when no source is to be found."""
    import linecache
    import os
    filename = getfile(object)
    if filename.endswith(_COMPILED_SUFFIXES):
        filename = os.path.splitext(filename)[0] + _SOURCE_SUFFIXES[0]
    elif filename.endswith(_EXTENSION_SUFFIXES):
        return None
    if filename in linecache.cache and filename.startswith('<') and filename.endswith('>'):
        return filename
    if os.path.exists(filename):
        return filename
    module = getmodule(object, filename)
    if getattr(module, '__loader__', None) is not None:
        return filename
    if getattr(getattr(module, '__spec__', None), 'loader', None) is not None:
        return filename
    if filename in linecache.cache:
        return filename
    return None


def getabsfile(object, _filename=None):
    """An absolute, normalised path to an object's source (or compiled) file."""
    import os
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def getmodule(object, _filename=None):
    """The module an object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is not None and _filename in _modules_by_file():
        return sys.modules.get(_modules_by_file()[_filename])
    try:
        file = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError):
        return None
    name = _modules_by_file().get(file)
    if name is not None:
        return sys.modules.get(name)
    main = sys.modules.get('__main__')
    if main is None or not hasattr(object, '__name__'):
        return None
    if getattr(main, object.__name__, None) is object:
        return main
    builtins = sys.modules['builtins']
    if getattr(builtins, object.__name__, None) is object:
        return builtins
    return None


def _modules_by_file():
    import os
    table = {}
    for name, module in list(sys.modules.items()):
        path = getattr(module, '__file__', None)
        if isinstance(path, str):
            table[path] = name
            table[os.path.normcase(os.path.abspath(path))] = name
    return table


def _find_class_line(lines, qualname):
    """The index of the first line (decorators included) of the class named qualname, or None."""
    import ast
    try:
        tree = ast.parse(''.join(lines))
    except (SyntaxError, ValueError):
        return None
    found = []

    def visit(body, prefix):
        for node in body:
            if isinstance(node, ast.ClassDef):
                name = prefix + node.name
                if name == qualname:
                    first = node.decorator_list[0].lineno if node.decorator_list else node.lineno
                    found.append(first - 1)
                    return
                visit(node.body, name + '.')
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                visit(node.body, prefix + node.name + '.<locals>.')
            else:
                for field in ('body', 'orelse', 'finalbody', 'handlers'):
                    inner = getattr(node, field, None)
                    if isinstance(inner, list):
                        visit([n for n in inner if isinstance(n, ast.AST)], prefix)
                        if found:
                            return
                for handler in getattr(node, 'handlers', ()):
                    visit(handler.body, prefix)
            if found:
                return

    visit(tree.body, '')
    return found[0] if found else None


def findsource(object):
    """The lines of the file holding an object's source and the index of its first line.
    Raises OSError when the source cannot be found."""
    import linecache
    file = getsourcefile(object)
    if file:
        linecache.checkcache(file)
    else:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, file)
    if module is not None:
        lines = linecache.getlines(file, module.__dict__)
    else:
        lines = linecache.getlines(file)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        index = _find_class_line(lines, object.__qualname__)
        if index is None:
            raise OSError('could not find class definition')
        return lines, index
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        index = object.co_firstlineno - 1
        if index >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, index
    raise OSError('could not find code object')


def _logical_lines(lines):
    """Groups physical lines into logical lines: (first index, last index) pairs, a logical
    line running on while brackets are open, a string is open or a line ends with a backslash."""
    groups = []
    depth = 0
    quote = None
    start = None
    for i, line in enumerate(lines):
        if start is None:
            start = i
        j = 0
        continued = False
        while j < len(line):
            ch = line[j]
            if quote is not None:
                if ch == '\\':
                    j += 2
                    continue
                if line.startswith(quote, j):
                    j += len(quote)
                    quote = None
                    continue
                j += 1
                continue
            if ch == '#':
                break
            if ch in '\'"':
                quote = line[j:j + 3] if line[j:j + 3] in ('"""', "'''") else ch
                j += len(quote)
                continue
            if ch in '([{':
                depth += 1
            elif ch in ')]}':
                depth = max(depth - 1, 0)
            elif ch == '\\' and line[j + 1:].strip() == '':
                continued = True
            j += 1
        if quote is not None and len(quote) == 1:
            quote = None
        if depth or continued or quote is not None:
            continue
        groups.append((start, i))
        start = None
    if start is not None:
        groups.append((start, len(lines) - 1))
    return groups


def _code_part(line):
    """A line without its comment (roughly: a '#' outside quotes) and trailing blanks."""
    quote = None
    for j, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = None
        elif ch in '\'"':
            quote = ch
        elif ch == '#':
            return line[:j].rstrip()
    return line.rstrip()


def getblock(lines):
    """The lines of the block (def, class, decorated definition or a single logical line)
    the given lines start with."""
    groups = _logical_lines(lines)
    if not groups:
        return lines[:1]
    base = indentsize(lines[0])
    position = 0
    while position < len(groups) and lines[groups[position][0]].lstrip().startswith('@'):
        position += 1
    if position >= len(groups):
        return lines[:groups[-1][1] + 1]
    first, last = groups[position]
    header = lines[first].lstrip()
    words = header.split(None, 2)
    opens_block = bool(words) and (words[0] in ('def', 'class')
                                   or (words[0] == 'async' and len(words) > 1 and words[1].startswith('def')))
    if not opens_block or not _code_part(''.join(lines[first:last + 1]).rstrip('\n')).endswith(':'):
        return lines[:last + 1]
    end = last
    for first, last in groups[position + 1:]:
        text = lines[first]
        stripped = text.strip()
        if not stripped or stripped.startswith('#'):
            continue
        if indentsize(text) <= base:
            break
        end = last
    return lines[:end + 1]


def getsourcelines(object):
    """The source lines of an object and the line number (from 1) of the first; a module's
    whole source with 0. Raises OSError when the source cannot be found."""
    object = unwrap(object)
    lines, index = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[index:]), index + 1


def getsource(object):
    """The source text of an object, as one string."""
    lines, _ = getsourcelines(object)
    return ''.join(lines)


def getcomments(object):
    """The comment lines just above an object's source (or at the top of a module's), or None."""
    try:
        lines, index = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        start = 0
        if lines and lines[0][:2] == '#!':
            start = 1
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start += 1
        if start < len(lines) and lines[start][:1] == '#':
            comments = []
            end = start
            while end < len(lines) and lines[end][:1] == '#':
                comments.append(lines[end].expandtabs())
                end += 1
            return ''.join(comments)
        return None
    if index <= 0:
        return None
    indent = indentsize(lines[index])
    end = index - 1
    if end >= 0 and lines[end].lstrip()[:1] == '#' and indentsize(lines[end]) == indent:
        comments = [lines[end].expandtabs().lstrip()]
        end -= 1
        while end >= 0:
            text = lines[end].expandtabs().lstrip()
            if indentsize(lines[end]) != indent or text[:1] != '#':
                break
            comments.insert(0, text)
            end -= 1
        while comments and comments[0].strip() == '#':
            comments.pop(0)
        while comments and comments[-1].strip() == '#':
            comments.pop()
        return ''.join(comments)
    return None


# ---------------------------------------------------------------- class trees

def walktree(classes, children, parent):
    """Nested lists of (class, bases) pairs for the classes under parent."""
    tree = []
    for cls in sorted(classes, key=lambda c: (c.__module__, c.__name__)):
        tree.append((cls, cls.__bases__))
        if cls in children:
            tree.append(walktree(children[cls], children, cls))
    return tree


def getclasstree(classes, unique=False):
    """Arrange classes into a hierarchy of nested lists (see walktree)."""
    children = {}
    roots = []
    for cls in classes:
        if cls.__bases__:
            for parent in cls.__bases__:
                siblings = children.setdefault(parent, [])
                if cls not in siblings:
                    siblings.append(cls)
                if unique and parent in classes:
                    break
        elif cls not in roots:
            roots.append(cls)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return walktree(roots, children, None)


# ---------------------------------------------------------------- frames and stacks

def currentframe():
    """The caller's frame."""
    getter = getattr(sys, '_getframe', None)
    return None if getter is None else getter(1)


def getlineno(frame):
    """The line number a frame is at."""
    return frame.f_lineno


def _context_lines(frame, lineno, context):
    if context <= 0:
        return None, None
    start = lineno - 1 - context // 2
    try:
        lines, _ = findsource(frame)
    except (OSError, TypeError):
        return None, None
    start = max(0, min(start, len(lines) - context))
    return lines[start:start + context], lineno - 1 - start


def getframeinfo(frame, context=1):
    """A Traceback(filename, lineno, function, code_context, index) for a frame or traceback,
    with context lines of source around the current line."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError(f'{frame!r} is not a frame or traceback object')
    filename = getsourcefile(frame) or getfile(frame)
    code_context, index = _context_lines(frame, lineno, context)
    return Traceback(filename, lineno, frame.f_code.co_name, code_context, index,
                     positions=_Positions(lineno, None, None, None))


def getouterframes(frame, context=1):
    """FrameInfo records for a frame and every frame that called it, innermost first."""
    records = []
    while frame is not None:
        info = getframeinfo(frame, context)
        records.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return records


def getinnerframes(tb, context=1):
    """FrameInfo records for a traceback's frames, from its own frame to where the exception rose."""
    records = []
    while tb is not None:
        info = getframeinfo(tb, context)
        records.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return records


def stack(context=1):
    """FrameInfo records for the caller's stack, innermost first."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records between the current frame and where the exception being handled rose."""
    return getinnerframes(sys.exc_info()[2], context)


def getargs(co):
    """Arguments(args, varargs, varkw) for a code object."""
    if not iscode(co):
        raise TypeError(f'{co!r} is not a code object')
    names = co.co_varnames
    positional = co.co_argcount
    keyword_only = co.co_kwonlyargcount
    args = list(names[:positional + keyword_only])
    at = positional + keyword_only
    varargs = None
    if co.co_flags & CO_VARARGS:
        varargs = names[at]
        at += 1
    varkw = names[at] if co.co_flags & CO_VARKEYWORDS else None
    return Arguments(args, varargs, varkw)


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) for the call a frame runs."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals, formatarg=str,
                    formatvarargs=lambda name: '*' + name, formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """Render what getargvalues() returns as an argument list."""
    parts = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        parts.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        parts.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(parts) + ')'


def getclosurevars(func):
    """ClosureVars(nonlocals, globals, builtins, unbound): where the names a function
    uses are bound."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError(f"{func!r} is not a Python function")
    code = func.__code__
    cells = func.__closure__ or ()
    nonlocal_vars = {name: cell.cell_contents for name, cell in zip(code.co_freevars, cells)}
    namespace = func.__globals__
    builtin_ns = namespace.get("__builtins__", sys.modules['builtins'])
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars = {}
    builtin_vars = {}
    unbound = set()
    for name in _global_names(code):
        if name in ("None", "True", "False"):
            continue
        if name in namespace:
            global_vars[name] = namespace[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)


def _global_names(code):
    names = list(code.co_names)
    for const in code.co_consts:
        if iscode(const):
            names.extend(_global_names(const))
    return names


# ---------------------------------------------------------------- unwrapping, annotations

def unwrap(func, *, stop=None):
    """Follow the chain of __wrapped__ attributes to the innermost object, or to the
    first one for which stop(obj) is true."""
    original = func
    seen = {id(func): func}
    limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError(f'wrapper loop when unwrapping {original!r}')
        seen[id(func)] = func
    return func


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A dict of the annotations of a class, module or callable; with eval_str, the
    string annotations are evaluated (in the object's globals and locals unless given)."""
    if isinstance(obj, type):
        namespace = getattr(obj, '__dict__', None)
        found = namespace.get('__annotations__', None) if hasattr(namespace, 'get') else None
        if isinstance(found, types.GetSetDescriptorType):
            found = None
        module = sys.modules.get(getattr(obj, '__module__', None))
        own_globals = getattr(module, '__dict__', None)
        own_locals = dict(vars(obj))
        innermost = obj
    elif isinstance(obj, types.ModuleType):
        found = getattr(obj, '__annotations__', None)
        own_globals = getattr(obj, '__dict__')
        own_locals = None
        innermost = None
    elif callable(obj):
        found = getattr(obj, '__annotations__', None)
        own_globals = getattr(obj, '__globals__', None)
        own_locals = None
        innermost = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not found:
        return {}
    if not eval_str:
        return dict(found)
    if innermost is not None:
        functools = sys.modules.get('functools')
        while True:
            if hasattr(innermost, '__wrapped__'):
                innermost = innermost.__wrapped__
            elif functools is not None and isinstance(innermost, functools.partial):
                innermost = innermost.func
            else:
                break
        if hasattr(innermost, "__globals__"):
            own_globals = innermost.__globals__
    if globals is None:
        globals = own_globals
    if locals is None:
        locals = own_locals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in found.items()}


def formatannotation(annotation, base_module=None):
    """How a signature shows an annotation: a class by its (qualified) name, else its repr."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def formatannotationrelativeto(object):
    """A formatannotation() that leaves out the module name of classes from object's module."""
    module = getattr(object, '__module__', None)

    def format_relative(annotation):
        return formatannotation(annotation, module)
    return format_relative


# ---------------------------------------------------------------- old-style argument specs

def getfullargspec(func):
    """FullArgSpec(args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations)
    for a callable; positional-only parameters are listed in args."""
    try:
        sig = _signature_of(func, follow_wrapped=False, skip_bound_arg=False, eval_str=False)
    except Exception as error:
        raise TypeError('unsupported callable') from error
    args = []
    varargs = varkw = None
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None, annotations)


def _name_list(names):
    quoted = [repr(name) for name in names]
    if len(quoted) == 1:
        return quoted[0]
    return ", ".join(quoted[:-1]) + " and " + quoted[-1] if len(quoted) == 2 else \
        ", ".join(quoted[:-2]) + ", " + quoted[-2] + " and " + quoted[-1]


def _report_missing(name, wanted, positional, bound):
    missing = [arg for arg in wanted if arg not in bound]
    plural = "" if len(missing) == 1 else "s"
    kind = "positional" if positional else "keyword-only"
    raise TypeError(f"{name}() missing {len(missing)} required {kind} argument{plural}: {_name_list(missing)}")


def _report_too_many(name, args, kwonly, has_varargs, default_count, given, bound):
    required = len(args) - default_count
    kwonly_given = sum(1 for arg in kwonly if arg in bound)
    if has_varargs:
        expected, plural = f"at least {required}", required != 1
    elif default_count:
        expected, plural = f"from {required} to {len(args)}", True
    else:
        expected, plural = str(len(args)), len(args) != 1
    extra = ""
    if kwonly_given:
        extra = (f" positional argument{'s' if given != 1 else ''} (and {kwonly_given} "
                 f"keyword-only argument{'s' if kwonly_given != 1 else ''})")
    verb = "was" if given == 1 and not kwonly_given else "were"
    raise TypeError(f"{name}() takes {expected} positional argument{'s' if plural else ''} "
                    f"but {given}{extra} {verb} given")


def getcallargs(func, /, *positional, **named):
    """The mapping from parameter names (* and ** ones included) to the values a call
    func(*positional, **named) would bind them to."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonly, kwdefaults, _ = spec
    name = func.__name__
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    defaults = defaults or ()
    bound = {}
    for arg, value in zip(args, positional):
        bound[arg] = value
    if varargs:
        bound[varargs] = tuple(positional[len(args):])
    if varkw:
        bound[varkw] = {}
    accepted = set(args) | set(kwonly)
    for key, value in named.items():
        if key not in accepted:
            if not varkw:
                raise TypeError(f"{name}() got an unexpected keyword argument {key!r}")
            bound[varkw][key] = value
        elif key in bound:
            raise TypeError(f"{name}() got multiple values for argument {key!r}")
        else:
            bound[key] = value
    if len(positional) > len(args) and not varargs:
        _report_too_many(name, args, kwonly, varargs, len(defaults), len(positional), bound)
    if len(positional) < len(args):
        required = args[:len(args) - len(defaults)]
        if any(arg not in bound for arg in required):
            _report_missing(name, required, True, bound)
        for arg, value in zip(args[len(args) - len(defaults):], defaults):
            bound.setdefault(arg, value)
    lacking = False
    for arg in kwonly:
        if arg not in bound:
            if kwdefaults and arg in kwdefaults:
                bound[arg] = kwdefaults[arg]
            else:
                lacking = True
    if lacking:
        _report_missing(name, kwonly, False, bound)
    return bound


# ---------------------------------------------------------------- signatures

class _void:
    """Marks an argument of replace() that was not given."""


class _empty:
    """What Signature.empty and Parameter.empty are: no annotation, no default."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]

    def __str__(self):
        return self.name


_KIND_DESCRIPTIONS = dict(zip(_ParameterKind, ('positional-only', 'positional or keyword', 'variadic positional',
                                               'keyword-only', 'variadic keyword')))


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


def _is_keyword(name):
    import keyword
    return keyword.iskeyword(name)


class Parameter:
    """One parameter of a Signature: its name, kind, default and annotation. Instances are
    immutable; replace() makes a changed copy."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{self._kind.description} parameters cannot have default values')
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if name[:1] == '.' and name[1:].isdigit():
            # The hidden argument of a comprehension's code ('.0') shows as 'implicit0'.
            if self._kind is not _POSITIONAL_OR_KEYWORD:
                raise ValueError(f'implicit arguments must be passed as positional or keyword '
                                 f'arguments, not {self._kind.description}')
            self._kind = _POSITIONAL_ONLY
            name = f'implicit{name[1:]}'
        # Keywords pass only as positional-only names (builtins' text signatures use some).
        if not name.isidentifier() or (_is_keyword(name) and self._kind is not _POSITIONAL_ONLY):
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy of the parameter with the given attributes changed."""
        return type(self)(
            self._name if name is _void else name,
            self._kind if kind is _void else kind,
            default=self._default if default is _void else default,
            annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = f'{text}: {formatannotation(self._annotation)}'
        if self._default is not _empty:
            separator = ' = ' if self._annotation is not _empty else '='
            text = f'{text}{separator}{self._default!r}'
        if self._kind is _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind is _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind(): the mapping of parameter names to the values given
    for them (arguments), and the call it stands for (args, kwargs)."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        positional = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            value = self.arguments[name]
            if param.kind is _VAR_POSITIONAL:
                positional.extend(value)
            else:
                positional.append(value)
        return tuple(positional)

    @property
    def kwargs(self):
        keywords = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            value = self.arguments[name]
            if param.kind is _VAR_KEYWORD:
                keywords.update(value)
            else:
                keywords[name] = value
        return keywords

    def apply_defaults(self):
        """Fill in the default values of the parameters that were not given (() for *args,
        {} for **kwargs)."""
        given = self.arguments
        filled = {}
        for name, param in self._signature.parameters.items():
            if name in given:
                filled[name] = given[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind is _VAR_POSITIONAL:
                filled[name] = ()
            elif param.kind is _VAR_KEYWORD:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in self.arguments.items())
        return f'<{type(self).__name__} ({shown})>'


class Signature:
    """The call signature of a callable: its parameters in order and its return
    annotation. Immutable; replace() makes a changed copy, bind() maps arguments."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        table = {}
        if parameters is not None:
            if __validate_parameters__:
                _check_parameter_order(parameters, table)
            else:
                for param in parameters:
                    table[param.name] = param
        self._parameters = types.MappingProxyType(table)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        """The signature of a callable."""
        return _signature_of(obj, sigcls=cls, follow_wrapped=follow_wrapped,
                             globals=globals, locals=locals, eval_str=eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy of the signature with the given parameters or return annotation."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        positional = tuple(p for p in self.parameters.values() if p.kind is not _KEYWORD_ONLY)
        keyword_only = {p.name: p for p in self.parameters.values() if p.kind is _KEYWORD_ONLY}
        return positional, keyword_only, self.return_annotation

    def __hash__(self):
        positional, keyword_only, returns = self._hash_basis()
        return hash((positional, frozenset(keyword_only.values()), returns))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        return self._bound_arguments_cls(self, _bind_arguments(self, args, kwargs, partial))

    def bind(self, /, *args, **kwargs):
        """Map the arguments of a call onto the parameters: a BoundArguments, or TypeError
        when the call would not bind."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """As bind(), allowing required arguments to be missing."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        return self._format()

    def _format(self):
        parts = []
        slash_pending = False
        star_needed = True
        for param in self.parameters.values():
            kind = param.kind
            if kind is _POSITIONAL_ONLY:
                slash_pending = True
            elif slash_pending:
                parts.append('/')
                slash_pending = False
            if kind is _VAR_POSITIONAL:
                star_needed = False
            elif kind is _KEYWORD_ONLY and star_needed:
                parts.append('*')
                star_needed = False
            parts.append(str(param))
        if slash_pending:
            parts.append('/')
        text = '({})'.format(', '.join(parts))
        if self.return_annotation is not _empty:
            text += f' -> {formatannotation(self.return_annotation)}'
        return text


def _check_parameter_order(parameters, table):
    """Fills table with the parameters by name, raising ValueError for a wrong order, a
    missing default or a repeated name, as Signature() does."""
    highest = _POSITIONAL_ONLY
    defaults_seen = False
    for param in parameters:
        kind = param.kind
        name = param.name
        if kind < highest:
            raise ValueError(f'wrong parameter order: {highest.description} parameter before '
                             f'{kind.description} parameter')
        if kind > highest:
            highest = kind
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            if param.default is _empty:
                if defaults_seen:
                    raise ValueError('non-default argument follows default argument')
            else:
                defaults_seen = True
        if name in table:
            raise ValueError(f'duplicate parameter name: {name!r}')
        table[name] = param


def _bind_arguments(sig, args, kwargs, partial):
    """The arguments dict of Signature.bind() (see its TypeErrors)."""
    kwargs = dict(kwargs)
    bound = {}
    params = list(sig.parameters.values())
    by_keyword = []
    index = 0
    # Positional arguments fill the parameters in order, up to *args or the keyword-only ones.
    for position, value in enumerate(args):
        if index >= len(params) or params[index].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
            raise TypeError('too many positional arguments') from None
        param = params[index]
        index += 1
        if param.kind is _VAR_POSITIONAL:
            bound[param.name] = tuple(args[position:])
            break
        if param.name in kwargs and param.kind is not _POSITIONAL_ONLY:
            raise TypeError(f'multiple values for argument {param.name!r}') from None
        bound[param.name] = value
    else:
        # The positional arguments ran out: skip the positional-only parameters named by
        # keyword (a **kwargs may take those names) and stop where keywords may start.
        while index < len(params):
            param = params[index]
            if param.kind is _VAR_POSITIONAL:
                break
            if param.name in kwargs:
                if param.kind is _POSITIONAL_ONLY:
                    by_keyword.append(param.name)
                    index += 1
                    continue
                break
            if param.kind is _VAR_KEYWORD or param.default is not _empty or partial:
                break
            argtype = ' keyword-only' if param.kind is _KEYWORD_ONLY else ''
            raise TypeError(f'missing a required{argtype} argument: {param.name!r}') from None
    var_keyword = None
    for param in params[index:]:
        if param.kind is _VAR_KEYWORD:
            var_keyword = param
        elif param.kind is not _VAR_POSITIONAL:
            if param.name in kwargs:
                bound[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError(f'missing a required argument: {param.name!r}') from None
    if kwargs:
        if var_keyword is not None:
            bound[var_keyword.name] = kwargs
        elif by_keyword:
            raise TypeError('got some positional-only arguments passed as keyword arguments: '
                            f"{', '.join(by_keyword)!r}")
        else:
            raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
    return bound


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals, eval_str=eval_str)


_NON_USER_CALLABLES = (types.WrapperDescriptorType, types.MethodWrapperType,
                       types.ClassMethodDescriptorType, types.BuiltinFunctionType)


def _user_defined(cls, name):
    """cls's attribute name when it is Python code rather than a builtin slot or function."""
    try:
        found = getattr(cls, name)
    except AttributeError:
        return None
    return None if isinstance(found, _NON_USER_CALLABLES) else found


def _drop_first(sig):
    """The signature of a bound method given that of its function: the first parameter goes."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif params[0].kind is not _VAR_POSITIONAL:
        raise ValueError('invalid argument type')
    return sig.replace(parameters=params)


def _signature_of(obj, *, follow_wrapped=True, skip_bound_arg=True, globals=None, locals=None,
                  eval_str=False, sigcls=Signature):
    def again(inner):
        return _signature_of(inner, follow_wrapped=follow_wrapped, skip_bound_arg=skip_bound_arg,
                             globals=globals, locals=locals, eval_str=eval_str, sigcls=sigcls)

    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if isinstance(obj, types.MethodType):
        sig = again(obj.__func__)
        return _drop_first(sig) if skip_bound_arg else sig
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__")
                     or (isinstance(f, types.MethodType)))
        if isinstance(obj, types.MethodType):
            return again(obj)
    try:
        declared = obj.__signature__
    except AttributeError:
        pass
    else:
        if declared is not None:
            # A class cannot set __text_signature__, so __signature__ may hold the text (or a
            # callable giving the signature or its text).
            found = declared
            if not isinstance(found, (Signature, str)) and callable(found):
                found = found()
            if isinstance(found, str):
                found = _signature_from_text(sigcls, obj, found)
            if not isinstance(found, Signature):
                raise TypeError(f'unexpected object {declared!r} in __signature__ attribute')
            return found
    functools = sys.modules.get('functools')
    if functools is not None:
        partialmethod = getattr(obj, '_partialmethod', None)
        if isinstance(partialmethod, functools.partialmethod):
            inner = again(partialmethod.func)
            sig = _partial_signature(inner, partialmethod, (None,))
            first = next(iter(inner.parameters.values()))
            if first.kind is _VAR_POSITIONAL:
                return sig
            return sig.replace(parameters=(first,) + tuple(sig.parameters.values()))
    if isfunction(obj) or _functionlike(obj):
        return _function_signature(sigcls, obj, skip_bound_arg, globals, locals, eval_str)
    if _builtin_like(obj):
        return _builtin_signature(sigcls, obj, skip_bound_arg)
    if functools is not None and isinstance(obj, functools.partial):
        return _partial_signature(again(obj.func), obj)
    sig = None
    if isinstance(obj, type):
        sig = _class_signature(obj, again, sigcls)
        if isinstance(sig, _Final):
            return sig.signature
    elif not isinstance(obj, _NON_USER_CALLABLES):
        call = _user_defined(type(obj), '__call__')
        if call is not None:
            try:
                sig = again(call)
            except ValueError as error:
                raise ValueError(f'no signature found for {obj!r}') from error
    if sig is not None:
        return _drop_first(sig) if skip_bound_arg else sig
    if isinstance(obj, types.BuiltinFunctionType):
        raise ValueError(f'no signature found for builtin function {obj!r}')
    raise ValueError(f'callable {obj!r} is not supported by signature')


class _Final:
    """A class signature that needs no bound-argument handling."""

    def __init__(self, signature):
        self.signature = signature


def _class_signature(cls, again, sigcls):
    call = _user_defined(type(cls), '__call__')
    if call is not None:
        return again(call)
    new = _user_defined(cls, '__new__')
    init = _user_defined(cls, '__init__')
    for base in cls.__mro__:
        if new is not None and '__new__' in base.__dict__:
            return again(new)
        if init is not None and '__init__' in base.__dict__:
            return again(init)
    for base in cls.__mro__[:-1]:
        text = getattr(base, '__text_signature__', None)
        if text:
            return _Final(_signature_from_text(sigcls, base, text))
    if type not in cls.__mro__:
        if cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
            return _Final(sigcls())
        raise ValueError(f'no signature found for builtin type {cls!r}')
    return None


def _functionlike(obj):
    """Duck-typed functions (compiled by other tools) that carry a code object and defaults."""
    if not callable(obj) or isclass(obj):
        return False
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, types.CodeType) and isinstance(getattr(obj, '__name__', None), str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (isinstance(annotations, dict) or annotations is None))


def _builtin_like(obj):
    return (isbuiltin(obj) or ismethoddescriptor(obj) or isinstance(obj, _NON_USER_CALLABLES)
            or obj in (type, object))


def _function_signature(sigcls, func, skip_bound_arg, globals, locals, eval_str):
    code = func.__code__
    names = code.co_varnames
    positional_count = code.co_argcount
    posonly_count = code.co_posonlyargcount
    kwonly_count = code.co_kwonlyargcount
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    make = sigcls._parameter_cls
    params = []
    first_default = positional_count - len(defaults)
    for index, name in enumerate(names[:positional_count]):
        kind = _POSITIONAL_ONLY if index < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[index - first_default] if index >= first_default else _empty
        params.append(make(name, kind, default=default, annotation=annotations.get(name, _empty)))
    at = positional_count + kwonly_count
    if code.co_flags & CO_VARARGS:
        name = names[at]
        params.append(make(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        at += 1
    for name in names[positional_count:positional_count + kwonly_count]:
        params.append(make(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                           annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[at]
        params.append(make(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return sigcls(params, return_annotation=annotations.get('return', _empty),
                  __validate_parameters__=False)


def _partial_signature(sig, partial, extra_args=()):
    """The signature left once a functools.partial has supplied its arguments."""
    params = list(sig.parameters.values())
    try:
        bound = sig.bind_partial(*extra_args, *partial.args, **partial.keywords)
    except TypeError as error:
        raise ValueError(f'partial object {partial!r} has incorrect arguments') from error
    given = bound.arguments
    kept = []
    keyword_only_from_here = False
    for param in params:
        name = param.name
        if param.kind is _POSITIONAL_ONLY:
            if name in given:
                continue
            kept.append(param)
        elif param.kind is _POSITIONAL_OR_KEYWORD:
            if name in partial.keywords:
                keyword_only_from_here = True
                kept.append(param.replace(kind=_KEYWORD_ONLY, default=given[name]))
            elif name in given and not keyword_only_from_here:
                continue
            elif keyword_only_from_here:
                kept.append(param.replace(kind=_KEYWORD_ONLY))
            else:
                kept.append(param)
        elif param.kind is _KEYWORD_ONLY:
            if name in partial.keywords:
                kept.append(param.replace(default=given[name]))
            else:
                kept.append(param)
        elif param.kind is _VAR_POSITIONAL:
            if keyword_only_from_here:
                continue
            kept.append(param)
        else:
            kept.append(param)
    # Parameters made keyword-only go after the positional ones, before **kwargs.
    order = {_POSITIONAL_ONLY: 0, _POSITIONAL_OR_KEYWORD: 0, _VAR_POSITIONAL: 1,
             _KEYWORD_ONLY: 2, _VAR_KEYWORD: 3}
    kept.sort(key=lambda p: order[p.kind])
    return sig.replace(parameters=kept)


def _split_text_signature(text):
    """The comma-separated parts of a text signature's parameter list."""
    inner = text.strip()
    if not (inner.startswith('(') and ')' in inner):
        raise ValueError
    inner = inner[1:inner.rindex(')')]
    parts = []
    depth = 0
    quote = None
    current = []
    for ch in inner:
        if quote:
            current.append(ch)
            if ch == quote:
                quote = None
            continue
        if ch in '\'"':
            quote = ch
        elif ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
        elif ch == ',' and depth == 0:
            parts.append(''.join(current).strip())
            current = []
            continue
        current.append(ch)
    last = ''.join(current).strip()
    if last:
        parts.append(last)
    return parts


def _text_default(expression, namespace):
    if expression == '<unrepresentable>':
        raise ValueError
    try:
        return eval(expression, namespace)
    except Exception:
        raise ValueError from None


def _signature_from_text(sigcls, obj, text, skip_bound_arg=True):
    """The Signature a builtin's __text_signature__ describes, e.g. '($self, /, sep=None)'."""
    module = sys.modules.get(getattr(obj, '__module__', None) or '')
    namespace = dict(getattr(module, '__dict__', {}))
    namespace.setdefault('sys', sys)
    make = sigcls._parameter_cls
    params = []
    kind = _POSITIONAL_OR_KEYWORD
    self_param = False
    try:
        for index, part in enumerate(_split_text_signature(text)):
            if part == '/':
                params = [p.replace(kind=_POSITIONAL_ONLY) for p in params]
                continue
            if part == '*':
                kind = _KEYWORD_ONLY
                continue
            name, has_default, default_text = part.partition('=')
            name = name.strip()
            if name.startswith('**'):
                params.append(make(name[2:], _VAR_KEYWORD))
                continue
            if name.startswith('*'):
                params.append(make(name[1:], _VAR_POSITIONAL))
                kind = _KEYWORD_ONLY
                continue
            if name.startswith('$'):
                if index != 0:
                    raise ValueError
                self_param = True
                name = name[1:]
            default = _text_default(default_text.strip(), namespace) if has_default else _empty
            params.append(make(name, kind, default=default))
    except ValueError:
        raise ValueError(f"{obj!r} builtin has invalid signature") from None
    if self_param:
        owner = getattr(obj, '__self__', None)
        if owner is not None and (ismodule(owner) or skip_bound_arg):
            params.pop(0)
        else:
            params[0] = params[0].replace(kind=_POSITIONAL_ONLY)
    return sigcls(params, return_annotation=_empty)


def _builtin_signature(sigcls, func, skip_bound_arg=True):
    if not _builtin_like(func):
        raise TypeError(f"{func!r} is not a Python builtin function")
    if func is object:
        return sigcls()
    text = getattr(func, "__text_signature__", None)
    if not text:
        raise ValueError(f"no signature found for builtin {func!r}")
    return _signature_from_text(sigcls, func, text, skip_bound_arg)


def _buffer_flags():
    class BufferFlags(enum.IntFlag):
        """The flags a __buffer__ method receives (PEP 688)."""
        SIMPLE = 0x0
        WRITABLE = 0x1
        FORMAT = 0x4
        ND = 0x8
        STRIDES = 0x10 | ND
        C_CONTIGUOUS = 0x20 | STRIDES
        F_CONTIGUOUS = 0x40 | STRIDES
        ANY_CONTIGUOUS = 0x80 | STRIDES
        INDIRECT = 0x100 | STRIDES
        CONTIG = ND | WRITABLE
        CONTIG_RO = ND
        STRIDED = STRIDES | WRITABLE
        STRIDED_RO = STRIDES
        RECORDS = STRIDES | WRITABLE | FORMAT
        RECORDS_RO = STRIDES | FORMAT
        FULL = INDIRECT | WRITABLE | FORMAT
        FULL_RO = INDIRECT | FORMAT
        READ = 0x100
        WRITE = 0x200
    BufferFlags.__module__ = __name__
    BufferFlags.__qualname__ = 'BufferFlags'
    return BufferFlags


def __getattr__(name):
    # BufferFlags is made on first use: building the flag class is a good part of what
    # importing this module would otherwise cost.
    if name == 'BufferFlags':
        flags = globals()['BufferFlags'] = _buffer_flags()
        return flags
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | {'BufferFlags'})

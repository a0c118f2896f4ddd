"""Runtime support for type hints (PEP 484 and later): Sanca's typing module.

Subscripting a special form or a generic class gives an alias object that
remembers its origin and arguments.  Aliases with type variables among their
arguments can be subscripted again: the variables are replaced by the new
arguments (with TypeVarTuple and ParamSpec taking several at once).  Reprs,
equality and error messages are CPython 3.12's.
"""

import collections
import collections.abc as _abc
import sys
import types
from abc import ABCMeta, abstractmethod
from types import GenericAlias

__all__ = [
    # the core forms, in the order CPython lists them
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef', 'Generic',
    'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'TypeVarTuple',
    'Union',
    # generic versions of collections and ABCs
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible', 'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict',
    'List', 'OrderedDict', 'Set', 'FrozenSet', 'Generator',
    # structural types
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat', 'SupportsIndex',
    'SupportsInt', 'SupportsRound', 'NamedTuple', 'TypedDict',
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    # functions, decorators, constants and the remaining forms
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform',
    'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'override', 'ParamSpecArgs', 'ParamSpecKwargs',
    'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING',
    'TypeAlias', 'TypeGuard', 'TypeAliasType', 'Unpack',
]

_NoneType = type(None)


def _caller(depth=1, default='__main__'):
    """The __name__ of the module depth frames above the function calling this."""
    try:
        return sys._getframe(depth + 1).f_globals.get('__name__', default)
    except (AttributeError, ValueError):
        return default


def _dunder(name):
    return name.startswith('__') and name.endswith('__')


# ---- memoising subscriptions ----------------------------------------------------------

_MEMO_LIMIT = 512


def _memoized(typed=False):
    """Cache a subscription so that equal subscriptions give the same object.
    Arguments that cannot be hashed skip the cache."""
    def decorate(function):
        memo = {}

        def lookup(*args):
            key = args + tuple([type(a) for a in args]) if typed else args
            try:
                return memo[key]
            except KeyError:
                pass
            except TypeError:
                return function(*args)
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            made = memo[key] = function(*args)
            return made

        lookup.__name__ = function.__name__
        lookup.__qualname__ = function.__qualname__
        lookup.__doc__ = function.__doc__
        lookup.__wrapped__ = function
        return lookup
    return decorate


# ---- checking and showing type arguments ----------------------------------------------

def _as_type(arg, module=None, *, class_level=False):
    """None stands for its type and a string for a forward reference."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=class_level)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Return arg (converted by _as_type) if it may appear as a type argument;
    otherwise raise TypeError, with msg when arg is a tuple."""
    arg = _as_type(arg, module, class_level=allow_special_forms)
    refused = [Generic, Protocol]
    if not allow_special_forms:
        refused.append(ClassVar)
        if is_argument:
            refused.append(Final)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in refused:
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in _BARE_FORMS_ALLOWED:
        return arg
    if allow_special_forms and (arg is ClassVar or arg is Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg is Generic or arg is Protocol:
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _type_repr(obj):
    """How an argument shows inside an alias's repr."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    if isinstance(obj, tuple):
        return '[' + ', '.join([_type_repr(item) for item in obj]) + ']'
    return repr(obj)


def _as_tuple(items):
    return items if isinstance(items, tuple) else (items,)


def _show_args(args):
    return ', '.join([_type_repr(a) for a in args]) if args else '()'


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


def _is_unpacked_typevartuple(x):
    return not isinstance(x, type) and getattr(x, '__typing_is_unpacked_typevartuple__', False)


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec)) or _is_unpacked_typevartuple(x)


def _walk_parameters(args):
    for arg in args:
        if isinstance(arg, type):
            continue   # a class's own __parameters__ does not belong to the alias
        if isinstance(arg, tuple):
            yield from _walk_parameters(arg)
        elif hasattr(arg, '__typing_subst__'):
            yield arg
        else:
            yield from getattr(arg, '__parameters__', ())


def _collect_parameters(args):
    """The type variables among args, each once, in order of first appearance."""
    found = []
    for param in _walk_parameters(args):
        if param not in found:
            found.append(param)
    return tuple(found)


def _arity_error(alias, given, expected, at_least=False):
    more = 'many' if given > expected else 'few'
    bound = f'at least {expected}' if at_least else expected
    return TypeError(f'Too {more} arguments for {alias}; actual {given}, expected {bound}')


def _check_generic(cls, parameters, elen):
    if not elen:
        raise TypeError(f"{cls} is not a generic class")
    if len(parameters) != elen:
        raise _arity_error(cls, len(parameters), elen)


def _spread_unpacked_tuples(args):
    """*tuple[int, str] among arguments stands for int, str."""
    spread = []
    for arg in args:
        inner = getattr(arg, '__typing_unpacked_tuple_args__', None)
        if inner is not None and not (inner and inner[-1] is ...):
            spread.extend(inner)
        else:
            spread.append(arg)
    return tuple(spread)


def _unique(items):
    """items without repeats (first kept), also when they cannot be hashed."""
    try:
        return tuple(dict.fromkeys(items))
    except TypeError:
        kept = []
        for item in items:
            if item not in kept:
                kept.append(item)
        return tuple(kept)


def _same_members(first, second):
    try:
        return set(first) == set(second)
    except TypeError:
        rest = list(second)
        for item in first:
            if item not in rest:
                return False
            rest.remove(item)
        return not rest


# ---- substitution ---------------------------------------------------------------------

def _prepared(alias, params, args):
    for param in params:
        prepare = getattr(param, '__typing_prepare_subst__', None)
        if prepare is not None:
            args = prepare(alias, args)
    return args


def _substitute(alias, args):
    """The arguments of alias with its type variables replaced by args."""
    params = alias.__parameters__
    args = _prepared(alias, params, args)
    if len(args) != len(params):
        raise _arity_error(alias, len(args), len(params))
    return tuple(_replace(alias.__args__, dict(zip(params, args)),
                          alias.__origin__ is _abc.Callable))


def _replace(args, chosen, flatten_tuples):
    result = []
    for old in args:
        if isinstance(old, type):
            result.append(old)
            continue
        if isinstance(old, tuple):
            result.append(tuple(_replace(old, chosen, flatten_tuples)))
            continue
        substitute = getattr(old, '__typing_subst__', None)
        if substitute is not None:
            new = substitute(chosen[old])
        else:
            inner = getattr(old, '__parameters__', ())
            if inner:
                picked = []
                for param in inner:
                    if isinstance(param, TypeVarTuple):
                        picked.extend(chosen[param])
                    else:
                        picked.append(chosen[param])
                new = old[tuple(picked)]
            else:
                new = old
        if (flatten_tuples and isinstance(new, tuple)) or _is_unpacked_typevartuple(old):
            result.extend(new)
        else:
            result.append(new)
    return result


# ---- the class every typing object derives from ---------------------------------------

class _Final:
    """Base of typing's own helper classes, which programs may not subclass."""
    __slots__ = ('__weakref__',)

    def __init_subclass__(cls, *args, **kwds):
        # Libraries extending typing (typing_extensions) pass _root=True.
        if cls.__module__ != __name__ and '_root' not in kwds:
            raise TypeError("Cannot subclass special typing classes")


class _NotIterable:
    """Keeps the old iteration protocol from making an alias look iterable."""
    __slots__ = ()
    __iter__ = None


# ---- special forms --------------------------------------------------------------------

class _SpecialForm(_Final, _NotIterable):
    # A construct such as Union or ClassVar: subscripted, never instantiated.  (No
    # docstring: each instance has its own __doc__ slot.)
    __slots__ = ('_name', '__doc__', '_getitem')

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item == '__name__' or item == '__qualname__':
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return f'typing.{self._name}'

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, instance):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, klass):
        raise TypeError(f"{self} cannot be used with issubclass()")

    @_memoized()
    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _LiteralSpecialForm(_SpecialForm):
    def __getitem__(self, parameters):
        return self._getitem(self, *_as_tuple(parameters))


class _AnyMeta(type):
    def __instancecheck__(self, instance):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(instance)

    def __repr__(self):
        return 'typing.Any' if self is Any else super().__repr__()


class Any(metaclass=_AnyMeta):
    """The unconstrained type: every value is an Any and Any has every attribute.
    It may be subclassed (to let a class pass for anything) but not instantiated."""

    def __new__(cls, *args, **kwds):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _unsubscriptable(form, parameters):
    raise TypeError(f"{form} is not subscriptable")


def _single_argument(form, parameters, message=None):
    item = _type_check(parameters, message or f'{form} accepts only single type.')
    return _GenericAlias(form, (item,))


def _make_form(name, doc, subscribe=_unsubscriptable, kind=_SpecialForm):
    def getitem(form, parameters):
        return subscribe(form, parameters)
    getitem.__name__ = name
    getitem.__doc__ = doc
    return kind(getitem)


NoReturn = _make_form('NoReturn', 'Marks a function that never returns normally.')
Never = _make_form('Never', 'The bottom type: no value has it.')
Self = _make_form('Self', 'The type of the instance (or class) a method is called on.')
LiteralString = _make_form('LiteralString', 'Any str built only from literal strings.')
TypeAlias = _make_form('TypeAlias', 'Marks an assignment that defines a type alias.')
_BARE_FORMS_ALLOWED = (Any, LiteralString, NoReturn, Never, Self, TypeAlias)
ClassVar = _make_form('ClassVar', 'ClassVar[T]: an attribute kept on the class, not on '
                      'instances.', _single_argument)
Final = _make_form('Final', 'Final[T]: a name that must not be reassigned or overridden.',
                   _single_argument)
TypeGuard = _make_form('TypeGuard', 'TypeGuard[T]: the return type of a function telling '
                       'whether its argument is a T.', _single_argument)


def _key_marker(form, parameters):
    return _single_argument(form, parameters, f'{form._name} accepts only a single type.')


Required = _make_form('Required', 'Required[T]: a TypedDict key that must be present.',
                      _key_marker)
NotRequired = _make_form('NotRequired', 'NotRequired[T]: a TypedDict key that may be absent.',
                         _key_marker)


def _union(form, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    members = []
    for item in _as_tuple(parameters):
        item = _type_check(item, "Union[arg, ...]: each arg must be a type.")
        if isinstance(item, (_UnionGenericAlias, types.UnionType)):
            members.extend(item.__args__)
        else:
            members.append(item)
    members = _unique(members)
    if len(members) == 1:
        return members[0]
    if len(members) == 2 and _NoneType in members:
        return _UnionGenericAlias(form, members, name='Optional')
    return _UnionGenericAlias(form, members)


def _optional(form, parameters):
    item = _type_check(parameters, f"{form} requires a single type.")
    return Union[item, _NoneType]


Union = _make_form('Union', 'Union[X, Y]: a value of type X or of type Y.', _union)
Optional = _make_form('Optional', 'Optional[X]: the same as Union[X, None].', _optional)


def _concatenate(form, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    parameters = _as_tuple(parameters)
    last = parameters[-1]
    if not (last is ... or isinstance(last, ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    leading = [_type_check(p, "Concatenate[arg, ...]: each arg must be a type.")
               for p in parameters[:-1]]
    return _ConcatenateGenericAlias(form, (*leading, last))


Concatenate = _make_form('Concatenate', 'Concatenate[X, P]: the parameters of P preceded by '
                         'one of type X (in Callable[...] and ParamSpec substitution).',
                         _concatenate)


def _unpack(form, parameters):
    item = _type_check(parameters, f'{form} accepts only single type.')
    return _UnpackGenericAlias(form, (item,))


Unpack = _make_form('Unpack', 'Unpack[Ts] (also *Ts): the types a TypeVarTuple or a tuple '
                    'type stands for, spread out.', _unpack)


@_memoized(typed=True)
def _literal(form, *values):
    flat = []
    for value in values:
        if isinstance(value, _LiteralGenericAlias):
            flat.extend(value.__args__)
        else:
            flat.append(value)
    try:
        # 1 and True are different literals: compare values together with their types.
        flat = [value for value, _ in dict.fromkeys([(v, type(v)) for v in flat])]
    except TypeError:
        pass
    return _LiteralGenericAlias(form, tuple(flat))


def _literal_getitem(form, *values):
    return _literal(form, *values)


_literal_getitem.__name__ = 'Literal'
_literal_getitem.__doc__ = "Literal[v, ...]: exactly one of the given values."
Literal = _LiteralSpecialForm(_literal_getitem)


# ---- forward references -----------------------------------------------------------------

class ForwardRef(_Final):
    """A type given as a string, evaluated later (by get_type_hints)."""
    __slots__ = ('__forward_arg__', '__forward_code__', '__forward_evaluated__',
                 '__forward_value__', '__forward_is_argument__', '__forward_is_class__',
                 '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        # '*Ts' is only an expression inside a tuple display.
        source = f'({arg},)[0]' if arg.startswith('*') else arg
        try:
            code = compile(source, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        state = (arg, code, False, None, is_argument, is_class, module)
        for slot, value in zip(ForwardRef.__slots__, state):
            setattr(self, slot, value)

    def _evaluate(self, globalns, localns, type_params=None, *, recursive_guard):
        name = self.__forward_arg__
        if name in recursive_guard:
            return self
        if self.__forward_evaluated__ and localns is globalns:
            return self.__forward_value__
        if globalns is None:
            globalns = localns if localns is not None else {}
        if localns is None:
            localns = globalns
        if self.__forward_module__ is not None:
            module = sys.modules.get(self.__forward_module__)
            globalns = getattr(module, '__dict__', globalns)
        if type_params:
            localns = dict(localns)
            for param in type_params:
                localns.setdefault(param.__name__, param)
        value = _type_check(eval(self.__forward_code__, globalns, localns),
                            "Forward references must evaluate to types.",
                            is_argument=self.__forward_is_argument__,
                            allow_special_forms=self.__forward_is_class__)
        self.__forward_value__ = _eval_type(value, globalns, localns, type_params,
                                            recursive_guard=recursive_guard | {name})
        self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_arg__ != other.__forward_arg__:
            return False
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return self.__forward_value__ == other.__forward_value__
        return self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        where = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{where})'


def _eval_type(t, globalns, localns, type_params=None, *, recursive_guard=frozenset()):
    """t with every forward reference in it evaluated."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, type_params, recursive_guard=recursive_guard)
    if not isinstance(t, (_GenericAlias, GenericAlias, types.UnionType)):
        return t
    if isinstance(t, GenericAlias):
        # list['int'] keeps a plain string: rebuild it with forward references.
        args = tuple([ForwardRef(a) if isinstance(a, str) else a for a in t.__args__])
        unpacked = getattr(t, '__unpacked__', False)
        if t.__origin__ is _abc.Callable and not (len(args) == 2 and _is_param_expr(args[0])):
            t = t.__origin__[(args[:-1], args[-1])]
        else:
            t = t.__origin__[args]
        if unpacked:
            t = Unpack[t]
    return _rebuilt(t, [_eval_type(a, globalns, localns, type_params,
                                   recursive_guard=recursive_guard) for a in t.__args__])


def _rebuilt(alias, new_args):
    """alias with new_args in place of its arguments (alias itself if unchanged)."""
    new_args = tuple(new_args)
    if new_args == alias.__args__:
        return alias
    if isinstance(alias, GenericAlias):
        return GenericAlias(alias.__origin__, new_args)
    if isinstance(alias, types.UnionType):
        combined = new_args[0]
        for item in new_args[1:]:
            combined = combined | item
        return combined
    return alias.copy_with(new_args)


# ---- type variables -------------------------------------------------------------------

def _set_module_from_caller(obj, depth):
    module = _caller(depth + 1)
    if module != __name__:
        obj.__module__ = module


class _TypeVarLike:
    """What TypeVar and ParamSpec share: reprs with a variance mark, unions with |."""

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__infer_variance__:
            mark = ''
        elif self.__covariant__:
            mark = '+'
        elif self.__contravariant__:
            mark = '-'
        else:
            mark = '~'
        return mark + self.__name__

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {type(self).__name__}")

    def __reduce__(self):
        return self.__name__


class TypeVar(_TypeVarLike):
    """A type variable: T = TypeVar('T'), or the T of 'def f[T](x: T)'.

    Constraints (TypeVar('S', str, bytes)) or a bound (bound=int) limit what it
    stands for; covariant, contravariant and infer_variance describe variance.
    """

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False, infer_variance=False):
        if not isinstance(name, str):
            raise TypeError(f"typevar() argument 'name' must be str, not {type(name).__name__}")
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if infer_variance and (covariant or contravariant):
            raise ValueError("Variance cannot be specified with infer_variance.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self._constraints = tuple([_type_check(c, "TypeVar(name, constraint, ...): "
                                                  "constraints must be types.")
                                   for c in constraints])
        self._bound = None if bound is None else _type_check(bound, "Bound must be a type.")
        # PEP 695 syntax computes the bound or constraints lazily.
        self._lazy_bound = self._lazy_constraints = None
        _set_module_from_caller(self, 1)

    @property
    def __bound__(self):
        if self._lazy_bound is not None:
            self._bound = self._lazy_bound()
            self._lazy_bound = None
        return self._bound

    @property
    def __constraints__(self):
        if self._lazy_constraints is not None:
            self._constraints = tuple(self._lazy_constraints())
            self._lazy_constraints = None
        return self._constraints

    def __init_subclass__(cls, /, *args, **kwargs):
        raise TypeError("type 'typing.TypeVar' is not an acceptable base type")

    def __typing_subst__(self, arg):
        arg = _type_check(arg, "Parameters to generic types must be types.", is_argument=True)
        unpacked = ((isinstance(arg, _GenericAlias) and arg.__origin__ is Unpack)
                    or (isinstance(arg, GenericAlias) and getattr(arg, '__unpacked__', False)))
        if unpacked:
            raise TypeError(f"{arg} is not valid as type argument")
        return arg


class TypeVarTuple:
    """A variadic type variable: Ts = TypeVarTuple('Ts'), written *Ts where used."""

    def __init__(self, name):
        self.__name__ = name
        _set_module_from_caller(self, 1)

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")

    def __typing_prepare_subst__(self, alias, args):
        """Gather the arguments *Ts takes into one tuple among the others."""
        params = alias.__parameters__
        where = params.index(self)
        if any(isinstance(p, TypeVarTuple) for p in params[where + 1:]):
            raise TypeError(f"More than one TypeVarTuple parameter in {alias}")
        after = len(params) - where - 1
        open_ended = [k for k, arg in enumerate(args) if _open_tuple_item(arg) is not None]
        if len(open_ended) > 1:
            raise TypeError("More than one unpacked arbitrary-length tuple argument")
        if open_ended:
            # *tuple[X, ...] supplies as many X as the variables around it need.
            k = open_ended[0]
            filler = _open_tuple_item(args[k])
            before = min(where, k)
            tail = min(after, len(args) - k - 1)
            middle = args[before:len(args) - tail]
            head = list(args[:before]) + [filler] * (where - before)
            rest = [filler] * (after - tail) + list(args[len(args) - tail:])
            return (*head, tuple(middle), *rest)
        if where + after > len(args):
            raise _arity_error(alias, len(args), len(params) - 1, at_least=True)
        return (*args[:where], tuple(args[where:len(args) - after]), *args[len(args) - after:])

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVarTuple")

    def __init_subclass__(cls, /, *args, **kwargs):
        raise TypeError("type 'typing.TypeVarTuple' is not an acceptable base type")


def _open_tuple_item(arg):
    """X for an argument *tuple[X, ...], else None."""
    if isinstance(arg, type):
        return None
    inner = getattr(arg, '__typing_unpacked_tuple_args__', None)
    if inner and len(inner) == 2 and inner[-1] is ...:
        return inner[0]
    return None


class _ParamSpecPart:
    __slots__ = ('__origin__',)
    _part = ''

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.{self._part}'

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((type(self), self.__origin__))

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {type(self).__name__}")


class ParamSpecArgs(_ParamSpecPart):
    """P.args: the type of *args in a function whose parameters are P."""
    __slots__ = ()
    _part = 'args'


class ParamSpecKwargs(_ParamSpecPart):
    """P.kwargs: the type of **kwargs in a function whose parameters are P."""
    __slots__ = ()
    _part = 'kwargs'


class ParamSpec(_TypeVarLike):
    """A parameter specification variable: P = ParamSpec('P') stands for the whole
    parameter list of a callable (Callable[P, R]); P.args and P.kwargs annotate
    *args and **kwargs."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        # As in CPython, a ParamSpec made by a call reports its missing bound as NoneType.
        self.__bound__ = _type_check(bound, 'Bound must be a type.')
        _set_module_from_caller(self, 1)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init_subclass__(cls, /, *args, **kwargs):
        raise TypeError("type 'typing.ParamSpec' is not an acceptable base type")

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple([_type_check(a, "Expected a type.") for a in arg])
        if not _is_param_expr(arg):
            raise TypeError(f"Expected a list of types, an ellipsis, "
                            f"ParamSpec, or Concatenate. Got {arg}")
        return arg

    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        where = params.index(self)
        if where >= len(args):
            raise TypeError(f"Too few arguments for {alias}")
        if len(params) == 1 and not _is_param_expr(args[0]):
            return (args,)   # X[int, str] means X[[int, str]] for a lone ParamSpec
        if isinstance(args[where], list):
            return (*args[:where], tuple(args[where]), *args[where + 1:])
        return args


# ---- aliases --------------------------------------------------------------------------

_OWN_ATTRIBUTES = frozenset(['_name', '_inst', '_nparams', '_defaults'])


class _BaseGenericAlias(_Final):
    """What List and List[int] share: they stand for their origin class, which
    they create when called and whose attributes they show."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwds):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        made = self.__origin__(*args, **kwds)
        try:
            made.__orig_class__ = self
        except Exception:
            pass   # objects without a __dict__ simply do not record it
        return made

    def __mro_entries__(self, bases):
        entries = [] if self.__origin__ in bases else [self.__origin__]
        later = bases[bases.index(self) + 1:]
        if not any(isinstance(b, _BaseGenericAlias) or issubclass(b, Generic) for b in later):
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, attr):
        if attr not in ('__origin__', '__args__') and not _dunder(attr):
            if '__origin__' in self.__dict__:
                return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, value):
        if _dunder(attr) or attr in _OWN_ATTRIBUTES:
            super().__setattr__(attr, value)
        else:
            setattr(self.__origin__, attr, value)

    def __instancecheck__(self, instance):
        return self.__subclasscheck__(type(instance))

    def __subclasscheck__(self, klass):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __dir__(self):
        own = super().__dir__()
        return list(set(own + [a for a in dir(self.__origin__) if not _dunder(a)]))


class _GenericAlias(_BaseGenericAlias):
    """A subscripted generic: List[int], Dict[str, T], ClassVar[int], Box[T]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self.__parameters__ = _collect_parameters(self.__args__)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    @_memoized()
    def __getitem__(self, args):
        if self.__origin__ is Generic or self.__origin__ is Protocol:
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        args = _spread_unpacked_tuples([_as_type(a) for a in _as_tuple(args)])
        return self.copy_with(_substitute(self, args))

    def copy_with(self, args):
        return type(self)(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        head = f'typing.{self._name}' if self._name else _type_repr(self.__origin__)
        return f'{head}[{_show_args(self.__args__)}]'

    def __reduce__(self):
        import operator
        origin = globals()[self._name] if self._name else self.__origin__
        args = self.__args__
        if len(args) == 1 and not isinstance(args[0], tuple):
            args = args[0]
        return operator.getitem, (origin, args)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        if origin is Generic:
            if Protocol in bases:
                return ()
            later = bases[bases.index(self) + 1:]
            if any(isinstance(b, _BaseGenericAlias) and b is not self for b in later):
                return ()
        return (origin,)

    def __iter__(self):
        yield Unpack[self]


class _SpecialGenericAlias(_NotIterable, _BaseGenericAlias):
    """The bare generic version of a class: List, Dict, Iterable, ..."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name or origin.__name__)
        self._nparams = nparams
        where = '' if origin.__module__ == 'builtins' else origin.__module__ + '.'
        self.__doc__ = f'A generic version of {where}{origin.__qualname__}.'

    @_memoized()
    def __getitem__(self, params):
        params = tuple([_type_check(p, "Parameters to generic types must be types.")
                        for p in _as_tuple(params)])
        _check_generic(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return f'typing.{self._name}'

    def __subclasscheck__(self, klass):
        if isinstance(klass, _SpecialGenericAlias):
            return issubclass(klass.__origin__, self.__origin__)
        if isinstance(klass, _GenericAlias):
            return super().__subclasscheck__(klass)
        return issubclass(klass, self.__origin__)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


def _callable_args_flat(args):
    return not (len(args) == 2 and _is_param_expr(args[0]))


class _CallableGenericAlias(_NotIterable, _GenericAlias):
    def __repr__(self):
        args = self.__args__
        if not _callable_args_flat(args):
            return super().__repr__()
        shown = ', '.join([_type_repr(a) for a in args[:-1]])
        return f'typing.Callable[[{shown}], {_type_repr(args[-1])}]'

    def __reduce__(self):
        import operator
        args = self.__args__
        if _callable_args_flat(args):
            args = list(args[:-1]), args[-1]
        return operator.getitem, (Callable, args)

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        return self._subscript(tuple(args) if isinstance(args, list) else args, result)

    @_memoized()
    def _subscript(self, args, result):
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is ...:
            return self.copy_with((..., result))
        return self.copy_with(tuple([_as_type(a) for a in _as_tuple(args)]) + (result,))


class _TupleType(_SpecialGenericAlias):
    @_memoized()
    def __getitem__(self, params):
        params = _as_tuple(params)
        if len(params) >= 2 and params[-1] is ...:
            items = [_type_check(p, "Tuple[t, ...]: t must be a type.") for p in params[:-1]]
            return self.copy_with((*items, ...))
        return self.copy_with(tuple([_type_check(p, "Tuple[t0, t1, ...]: each t must be a "
                                                    "type.") for p in params]))


class _UnionGenericAlias(_NotIterable, _GenericAlias):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return NotImplemented
        return _same_members(self.__args__, other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _NoneType in args:
            other = args[1] if args[0] is _NoneType else args[0]
            return f'typing.Optional[{_type_repr(other)}]'
        return super().__repr__()

    def __instancecheck__(self, instance):
        return self.__subclasscheck__(type(instance))

    def __subclasscheck__(self, klass):
        return any(issubclass(klass, member) for member in self.__args__)

    def __reduce__(self):
        import operator
        return operator.getitem, (Union, self.__args__)


def _literal_pairs(args):
    return [(value, type(value)) for value in args]


class _LiteralGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(_literal_pairs(self.__args__)) == set(_literal_pairs(other.__args__))

    def __hash__(self):
        return hash(frozenset(_literal_pairs(self.__args__)))


class _ConcatenateGenericAlias(_GenericAlias):
    def copy_with(self, params):
        last = params[-1]
        if isinstance(last, (list, tuple)):
            return (*params[:-1], *last)   # the ParamSpec became a parameter list
        if isinstance(last, _ConcatenateGenericAlias):
            params = (*params[:-1], *last.__args__)
        return super().copy_with(params)


class _UnpackGenericAlias(_GenericAlias):
    def __repr__(self):
        return f'typing.Unpack[{_type_repr(self.__args__[0])}]'

    def __getitem__(self, args):
        if self.__typing_is_unpacked_typevartuple__:
            return args
        return super().__getitem__(args)

    @property
    def __typing_unpacked_tuple_args__(self):
        inner = self.__args__[0]
        if isinstance(inner, (_GenericAlias, GenericAlias)):
            if inner.__origin__ is not tuple:
                raise TypeError("Unpack[...] must be used with a tuple type")
            return inner.__args__
        return None

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], TypeVarTuple)


class _AnnotatedAlias(_NotIterable, _GenericAlias):
    """Annotated[T, x, ...]: the type T carrying metadata x, ..."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin, name='Annotated')
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        extras = ', '.join([repr(m) for m in self.__metadata__])
        return f'typing.Annotated[{_type_repr(self.__origin__)}, {extras}]'

    def __reduce__(self):
        import operator
        return operator.getitem, (Annotated, (self.__origin__,) + self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr == '__name__' or attr == '__qualname__':
            return 'Annotated'
        return super().__getattr__(attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Annotated[T, x]: the type T with metadata x for tools that read annotations
    (get_type_hints drops the metadata unless include_extras is true)."""
    __slots__ = ()

    def __new__(cls, *args, **kwds):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        return _annotate(cls, *_as_tuple(params))

    def __init_subclass__(cls, /, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


@_memoized(typed=True)
def _annotate(cls, *params):
    if len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    if _is_unpacked_typevartuple(params[0]):
        raise TypeError("Annotated[...] should not be used with an unpacked TypeVarTuple")
    origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.",
                         allow_special_forms=True)
    return _AnnotatedAlias(origin, tuple(params[1:]))


# ---- Generic and Protocol -------------------------------------------------------------

class Generic:
    """Base of generic classes: class Box(Generic[T]) (or class Box[T]) makes
    Box[int] an alias whose instances are Boxes."""
    __slots__ = ()
    _is_protocol = False

    @_memoized()
    def __class_getitem__(cls, params):
        params = tuple([_as_type(p) for p in _as_tuple(params)])
        if cls is Generic or cls is Protocol:
            _check_generic_parameters(cls, params)
            return _GenericAlias(cls, params)
        own = cls.__parameters__
        params = _prepared(cls, own, params)
        _check_generic(cls, params, len(own))
        spread = []
        for param, arg in zip(own, params):
            if isinstance(param, TypeVarTuple):
                spread.extend(arg)
            else:
                spread.append(arg)
        return _GenericAlias(cls, tuple(spread))

    def __init_subclass__(cls, /, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        written = cls.__dict__.get('__orig_bases__')
        if written is not None:
            plain = Generic in written
        else:
            plain = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and type(cls) != _TypedDictMeta)
        if plain:
            raise TypeError("Cannot inherit from plain Generic")
        cls.__parameters__ = () if written is None else _declared_parameters(written)


def _check_generic_parameters(cls, params):
    if not params:
        raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
    if not all(_is_typevar_like(p) for p in params):
        raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                        "or parameter specification variables.")
    if len(set(params)) != len(params):
        raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")


def _declared_parameters(bases):
    """A generic class's parameters: those of its bases, in the order Generic[...]
    lists them if it is among the bases."""
    found = _collect_parameters(bases)
    listed = [b for b in bases if isinstance(b, _GenericAlias) and b.__origin__ is Generic]
    if len(listed) > 1:
        raise TypeError("Cannot inherit from Generic[...] multiple times.")
    if not listed:
        return found
    declared = listed[0].__parameters__
    missing = [str(t) for t in found if t not in declared]
    if missing:
        raise TypeError(f"Some type variables ({', '.join(missing)}) are not listed in "
                        f"Generic[{', '.join(str(g) for g in declared)}]")
    return declared


_NOT_PROTOCOL_MEMBERS = frozenset([
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol',
    '_is_runtime_protocol', '__protocol_attrs__', '__non_callable_proto_members__',
    '__type_params__', '__abstractmethods__', '__annotations__', '__dict__', '__doc__',
    '__init__', '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '__match_args__', '__qualname__', '_MutableMapping__marker'])
EXCLUDED_ATTRIBUTES = _NOT_PROTOCOL_MEMBERS


def _protocol_members(cls):
    members = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for name in [*base.__dict__, *getattr(base, '__annotations__', {})]:
            if not name.startswith('_abc_') and name not in _NOT_PROTOCOL_MEMBERS:
                members.add(name)
    return members


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    if cls.__init__ is not _no_init_or_replace_init:
        return
    # A concrete class inherits this from its protocol: find the real __init__ once.
    for base in cls.__mro__:
        found = base.__dict__.get('__init__', _no_init_or_replace_init)
        if found is not _no_init_or_replace_init:
            cls.__init__ = found
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


_ABC_PROTOCOLS = {
    'collections.abc': frozenset(['Callable', 'Awaitable', 'Iterable', 'Iterator',
                                  'AsyncIterable', 'Hashable', 'Sized', 'Container',
                                  'Collection', 'Reversible', 'Buffer']),
    'contextlib': frozenset(['AbstractContextManager', 'AbstractAsyncContextManager']),
}


def _may_base_a_protocol(base):
    if base is object or base is Generic:
        return True
    if base.__name__ in _ABC_PROTOCOLS.get(base.__module__, ()):
        return True
    return issubclass(base, Generic) and getattr(base, '_is_protocol', False)


def _checks_relaxed():
    # abc and functools look at protocols while caching and registering.
    return _caller(2) in ('abc', 'functools', None)


def _static_lookup(obj, name):
    """Find name on obj without running descriptors or __getattr__."""
    try:
        own = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        own = {}
    if name in own:
        return own[name]
    chain = obj.__mro__ if isinstance(obj, type) else ()
    for klass in (*chain, *type(obj).__mro__):
        if name in klass.__dict__:
            return klass.__dict__[name]
    raise AttributeError(name)


class _ProtocolMeta(ABCMeta):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        defining_protocol = name == 'Protocol' and namespace.get('__module__') == __name__
        if not defining_protocol and Protocol in bases:
            for base in bases:
                if not _may_base_a_protocol(base):
                    raise TypeError(
                        f"Protocols can only inherit from other protocols, got {base!r}")
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def __init__(cls, *args, **kwds):
        super().__init__(*args, **kwds)
        if getattr(cls, '_is_protocol', False):
            cls.__protocol_attrs__ = _protocol_members(cls)

    def __subclasscheck__(cls, candidate):
        if cls is Protocol:
            return type.__subclasscheck__(cls, candidate)
        if getattr(cls, '_is_protocol', False) and not _checks_relaxed():
            if not isinstance(candidate, type):
                raise TypeError('issubclass() arg 1 must be a class')
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if (cls.__non_callable_proto_members__
                    and cls.__dict__.get('__subclasshook__') is _proto_hook):
                raise TypeError("Protocols with non-method members don't support issubclass()")
        return super().__subclasscheck__(candidate)

    def __instancecheck__(cls, obj):
        if cls is Protocol:
            return type.__instancecheck__(cls, obj)
        if not getattr(cls, '_is_protocol', False):
            return super().__instancecheck__(obj)   # a concrete subclass
        if not getattr(cls, '_is_runtime_protocol', False) and not _checks_relaxed():
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if super().__instancecheck__(obj):
            return True
        for name in cls.__protocol_attrs__:
            try:
                found = _static_lookup(obj, name)
            except AttributeError:
                return False
            if found is None and name not in getattr(cls, '__non_callable_proto_members__', ()):
                return False   # a method set to None opts out
        return True


def _proto_hook_function(cls, other):
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    for name in cls.__protocol_attrs__:
        for base in other.__mro__:
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return NotImplemented
                break
            notes = getattr(base, '__annotations__', {})
            if (isinstance(notes, _abc.Mapping) and name in notes
                    and issubclass(other, Generic) and getattr(other, '_is_protocol', False)):
                break   # a sub-protocol may declare the member as an annotation
        else:
            return NotImplemented
    return True


_proto_hook = classmethod(_proto_hook_function)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of protocol classes, which describe structural types: any class with
    the protocol's members conforms, whatever its bases.

        class SupportsClose(Protocol):
            def close(self) -> None: ...

    Decorated with @runtime_checkable, a protocol also works with isinstance()
    and issubclass(), which then check only that the members exist.
    """
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, /, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        own = cls.__dict__
        if not own.get('_is_protocol', False):
            cls._is_protocol = Protocol in cls.__bases__   # else a concrete class
        if '__subclasshook__' not in own:
            cls.__subclasshook__ = _proto_hook
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init   # protocols refuse instantiation


def runtime_checkable(cls):
    """Class decorator letting isinstance() and issubclass() check a protocol."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        f' got {cls!r}')
    cls._is_runtime_protocol = True
    data_members = set()
    for name in cls.__protocol_attrs__:
        try:
            member = getattr(cls, name, None)
            is_method = callable(member)
        except Exception as error:
            raise TypeError(f"Failed to determine whether protocol member {name!r} "
                            "is a method member") from error
        if not is_method:
            data_members.add(name)
    cls.__non_callable_proto_members__ = data_members
    return cls


# ---- small functions and decorators ---------------------------------------------------

def cast(typ, val):
    """Tell a type checker that val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask a type checker to confirm that val has type typ; returns val unchanged."""
    return val


def reveal_type(obj, /):
    """Ask a type checker for the type it infers; at run time print obj's type to
    stderr and return obj."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg, /):
    """Mark code a type checker should find unreachable; reaching it raises."""
    shown = repr(arg)
    if len(shown) > 100:
        shown = shown[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {shown}")


def final(f):
    """Mark a method as not to be overridden, or a class as not to be subclassed
    (sets __final__ where it can)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    """Mark a method as overriding one of a base class (sets __override__)."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    """Mark a decorator, base class or metaclass as making dataclass-like classes."""
    settings = {'eq_default': eq_default, 'order_default': order_default,
                'kw_only_default': kw_only_default, 'frozen_default': frozen_default,
                'field_specifiers': field_specifiers, 'kwargs': kwargs}

    def mark(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = settings
        return cls_or_fn
    return mark


def no_type_check(arg):
    """Mark a function (or every function of a class) as having annotations
    that are not type hints."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if (not hasattr(obj, '__qualname__')
                    or obj.__qualname__ != f'{arg.__qualname__}.{obj.__name__}'
                    or getattr(obj, '__module__', None) != arg.__module__):
                continue   # defined elsewhere
            if isinstance(obj, types.FunctionType):
                obj.__no_type_check__ = True
            if isinstance(obj, types.MethodType):
                obj.__func__.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make a decorator whose results are marked with no_type_check."""
    def wrapped(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, attr, getattr(decorator, attr))
        except AttributeError:
            pass
    wrapped.__wrapped__ = decorator
    return wrapped


# Overloads by module, then qualified name, then first line (so redefinitions replace).
_overloads = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @overload-decorated "
        "functions outside a stub module should always be followed by an implementation "
        "that is not @overload-ed.")


def overload(func):
    """Mark one signature of an overloaded function; the undecorated definition
    that follows is the implementation.  get_overloads() lists the signatures."""
    inner = getattr(func, '__func__', func)
    try:
        by_name = _overloads.setdefault(inner.__module__, {})
        by_name.setdefault(inner.__qualname__, {})[inner.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """The @overload signatures recorded for func's name, in definition order."""
    inner = getattr(func, '__func__', func)
    by_name = _overloads.get(inner.__module__, {})
    return list(by_name.get(inner.__qualname__, {}).values())


def clear_overloads():
    """Forget every recorded @overload signature."""
    _overloads.clear()


# ---- introspection --------------------------------------------------------------------

_WITHOUT_ANNOTATIONS = (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                        types.ModuleType, types.WrapperDescriptorType,
                        types.MethodWrapperType, types.MethodDescriptorType)


def _hint_value(value, **forward):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        return ForwardRef(value, **forward)
    return value


def _class_hints(cls, globalns, localns):
    hints = {}
    for base in reversed(cls.__mro__):
        notes = base.__dict__.get('__annotations__', {})
        if isinstance(notes, types.GetSetDescriptorType):
            notes = {}
        if globalns is None:
            outer = getattr(sys.modules.get(base.__module__), '__dict__', {})
        else:
            outer = globalns
        inner = dict(vars(base)) if localns is None else localns
        if localns is None and globalns is None:
            # Names of the class body win over the module's, as in the class itself.
            outer, inner = inner, outer
        params = getattr(base, '__type_params__', ())
        for name, value in notes.items():
            value = _hint_value(value, is_argument=False, is_class=True)
            hints[name] = _eval_type(value, outer, inner, params)
    return hints


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (with those of its bases), module or function,
    forward references evaluated.  Annotated[T, ...] becomes T, and Required[T]
    or NotRequired[T] become T, unless include_extras is true."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = _class_hints(obj, globalns, localns)
    else:
        if globalns is None:
            if isinstance(obj, types.ModuleType):
                globalns = obj.__dict__
            else:
                target = obj
                while hasattr(target, '__wrapped__'):
                    target = target.__wrapped__
                globalns = getattr(target, '__globals__', {})
            if localns is None:
                localns = globalns
        elif localns is None:
            localns = globalns
        notes = getattr(obj, '__annotations__', None)
        if notes is None:
            if isinstance(obj, _WITHOUT_ANNOTATIONS):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        module_level = isinstance(obj, types.ModuleType)
        params = getattr(obj, '__type_params__', ())
        hints = {}
        for name, value in notes.items():
            value = _hint_value(value, is_argument=not module_level, is_class=False)
            hints[name] = _eval_type(value, globalns, localns, params)
    if include_extras:
        return hints
    return {name: _strip_annotations(hint) for name, hint in hints.items()}


def _strip_annotations(t):
    """t without Annotated, Required and NotRequired wrappers, at any depth."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if getattr(t, '__origin__', None) in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if not isinstance(t, (_GenericAlias, GenericAlias, types.UnionType)):
        return t
    return _rebuilt(t, [_strip_annotations(a) for a in t.__args__])


def get_origin(tp):
    """The unsubscripted form of an alias (list for List[int], Union for
    Union[int, str], Annotated for Annotated[...]); None for anything else."""
    if tp is Generic:
        return tp
    if isinstance(tp, types.UnionType):
        return types.UnionType
    if not isinstance(tp, (_BaseGenericAlias, GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return None
    return Annotated if isinstance(tp, _AnnotatedAlias) else tp.__origin__


def get_args(tp):
    """The arguments of an alias after substitution, with a Callable's parameter
    types as a list: get_args(Callable[[int], str]) == ([int], str)."""
    if isinstance(tp, types.UnionType):
        return tp.__args__
    if not isinstance(tp, (_GenericAlias, GenericAlias)):
        return ()
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__, *tp.__metadata__)
    args = tp.__args__
    if tp.__origin__ is _abc.Callable and _callable_args_flat(args):
        return (list(args[:-1]), args[-1])
    return args


# ---- standard type variables and generic collections ----------------------------------

T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)

_G = _SpecialGenericAlias

Hashable = _G(_abc.Hashable, 0)
Sized = _G(_abc.Sized, 0)
ByteString = _G(_abc.ByteString, 0)
Awaitable = _G(_abc.Awaitable, 1)
AsyncIterable = _G(_abc.AsyncIterable, 1)
AsyncIterator = _G(_abc.AsyncIterator, 1)
Iterable = _G(_abc.Iterable, 1)
Iterator = _G(_abc.Iterator, 1)
Reversible = _G(_abc.Reversible, 1)
Container = _G(_abc.Container, 1)
Collection = _G(_abc.Collection, 1)
MutableSet = _G(_abc.MutableSet, 1)
Sequence = _G(_abc.Sequence, 1)
MutableSequence = _G(_abc.MutableSequence, 1)
MappingView = _G(_abc.MappingView, 1)
KeysView = _G(_abc.KeysView, 1)
ValuesView = _G(_abc.ValuesView, 1)
AsyncGenerator = _G(_abc.AsyncGenerator, 2)
Mapping = _G(_abc.Mapping, 2)
MutableMapping = _G(_abc.MutableMapping, 2)
ItemsView = _G(_abc.ItemsView, 2)
Coroutine = _G(_abc.Coroutine, 3)
Generator = _G(_abc.Generator, 3)
AbstractSet = _G(_abc.Set, 1, name='AbstractSet')
Callable = _CallableType(_abc.Callable, 2)
Callable.__doc__ = ('Callable[[A1, A2], R]: a callable taking an A1 and an A2 and returning '
                    'an R; Callable[..., R] takes any arguments.')
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _G(list, 1, inst=False, name='List')
Set = _G(set, 1, inst=False, name='Set')
FrozenSet = _G(frozenset, 1, inst=False, name='FrozenSet')
Dict = _G(dict, 2, inst=False, name='Dict')
Type = _G(type, 1, inst=False, name='Type')
Deque = _G(collections.deque, 1, name='Deque')
DefaultDict = _G(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _G(collections.OrderedDict, 2)
Counter = _G(collections.Counter, 1)
ChainMap = _G(collections.ChainMap, 2)


def _lazy_aliases():
    # These need re and contextlib, which most programs using typing never import.
    import contextlib
    import re
    return {'Pattern': (re.Pattern, 1, None), 'Match': (re.Match, 1, None),
            'ContextManager': (contextlib.AbstractContextManager, 1, 'ContextManager'),
            'AsyncContextManager': (contextlib.AbstractAsyncContextManager, 1,
                                    'AsyncContextManager')}


def __getattr__(name):
    if name in ('Pattern', 'Match', 'ContextManager', 'AsyncContextManager'):
        origin, count, alias_name = _lazy_aliases()[name]
        made = globals()[name] = _G(origin, count, name=alias_name)
        return made
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# ---- the Supports* protocols ----------------------------------------------------------

def _single_method_protocol(name, method, returns, generic=False):
    def stub(self):
        pass
    stub.__name__ = method
    stub.__qualname__ = f'{name}.{method}'
    stub.__annotations__ = {'return': returns}
    namespace = {'__slots__': (), '__module__': __name__, method: abstractmethod(stub),
                 '__doc__': f'A protocol: the classes that define {method}.'}
    bases = (Protocol[T_co],) if generic else (Protocol,)
    made = types.new_class(name, bases, exec_body=lambda ns: ns.update(namespace))
    return runtime_checkable(made)


SupportsInt = _single_method_protocol('SupportsInt', '__int__', int)
SupportsFloat = _single_method_protocol('SupportsFloat', '__float__', float)
SupportsComplex = _single_method_protocol('SupportsComplex', '__complex__', complex)
SupportsBytes = _single_method_protocol('SupportsBytes', '__bytes__', bytes)
SupportsIndex = _single_method_protocol('SupportsIndex', '__index__', int)
SupportsAbs = _single_method_protocol('SupportsAbs', '__abs__', T_co, generic=True)
SupportsRound = _single_method_protocol('SupportsRound', '__round__', T_co, generic=True)


# ---- NamedTuple -----------------------------------------------------------------------

def _typed_namedtuple(name, fields, module, defaults=()):
    names = [field_name for field_name, _ in fields]
    hints = {field_name: _type_check(hint, f"field {field_name} annotation must be a type")
             for field_name, hint in fields}
    made = collections.namedtuple(name, names, defaults=defaults, module=module)
    made.__annotations__ = made.__new__.__annotations__ = hints
    return made


_NAMEDTUPLE_RESERVED = frozenset(['__new__', '__init__', '__slots__', '__getnewargs__',
                                  '_fields', '_field_defaults', '_make', '_replace',
                                  '_asdict', '_source'])
_NAMEDTUPLE_HANDLED = frozenset(['__module__', '__name__', '__annotations__'])


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        bases = tuple([tuple if b is _NamedTuple else b for b in bases])
        hints = ns.get('__annotations__', {})
        with_default = []
        for field_name in hints:
            if field_name in ns:
                with_default.append(field_name)
            elif with_default:
                plural = 's' if len(with_default) > 1 else ''
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow "
                                f"default field{plural} {', '.join(with_default)}")
        made = _typed_namedtuple(typename, hints.items(), ns['__module__'],
                                 [ns[n] for n in with_default])
        if bases != (tuple,):
            made.__bases__ = bases
        if Generic in bases:
            made.__class_getitem__ = classmethod(Generic.__dict__['__class_getitem__'].__func__)
        for key, value in ns.items():
            if key in _NAMEDTUPLE_RESERVED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key in _NAMEDTUPLE_HANDLED or key in made._fields:
                continue
            setattr(made, key, value)
            notify = getattr(type(value), '__set_name__', None)
            if notify is not None:
                notify(value, made, key)
        if Generic in bases:
            made.__init_subclass__()
        return made


def NamedTuple(typename, fields=None, /, **kwargs):
    """A namedtuple class with field types:

        class Employee(NamedTuple):
            name: str
            id: int = 0

    or Employee = NamedTuple('Employee', [('name', str), ('id', int)]).
    """
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    made = _typed_namedtuple(typename, fields, _caller())
    made.__orig_bases__ = (NamedTuple,)
    return made


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


# ---- TypedDict ------------------------------------------------------------------------

def _key_qualifiers(hint):
    """Required and NotRequired wrapping a TypedDict annotation (through Annotated)."""
    found = set()
    while True:
        if isinstance(hint, _AnnotatedAlias):
            hint = hint.__origin__
        elif isinstance(hint, _GenericAlias) and hint.__origin__ in (Required, NotRequired):
            found.add(hint.__origin__)
            hint = hint.__args__[0]
        else:
            return found


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        generic = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        made = type.__new__(_TypedDictMeta, name, (*generic, dict), ns)
        if not hasattr(made, '__orig_bases__'):
            made.__orig_bases__ = bases
        message = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {key: _type_check(hint, message, module=made.__module__)
               for key, hint in ns.get('__annotations__', {}).items()}
        annotations, required, optional = {}, set(), set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            base_required = base.__dict__.get('__required_keys__', set())
            base_optional = base.__dict__.get('__optional_keys__', set())
            required = (required | base_required) - base_optional
            optional = (optional | base_optional) - base_required
        annotations.update(own)
        for key, hint in own.items():
            marks = _key_qualifiers(hint)
            needed = Required in marks or (NotRequired not in marks and total)
            (required if needed else optional).add(key)
            (optional if needed else required).discard(key)
        made.__annotations__ = annotations
        made.__required_keys__ = frozenset(required)
        made.__optional_keys__ = frozenset(optional)
        if not hasattr(made, '__total__'):
            made.__total__ = total
        return made

    def __call__(cls, /, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of string keys, each with its value type:

        class Point(TypedDict):
            x: int
            y: int

    or Point = TypedDict('Point', {'x': int, 'y': int}).  At run time its
    instances are plain dicts.
    """
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments,"
                        " but not both")
    if kwargs:
        import warnings
        warnings.warn("The kwargs-based syntax for TypedDict definitions is deprecated "
                      "in Python 3.11, will be removed in Python 3.13, and may not be "
                      "understood by third-party type checkers.",
                      DeprecationWarning, stacklevel=2)
    namespace = {'__annotations__': dict(fields), '__module__': _caller()}
    made = _TypedDictMeta(typename, (), namespace, total=total)
    made.__orig_bases__ = (TypedDict,)
    return made


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    """Whether tp is a class made by TypedDict."""
    return isinstance(tp, _TypedDictMeta)


# ---- NewType --------------------------------------------------------------------------

class NewType:
    """NewType('UserId', int): a distinct type for checkers; at run time calling it
    returns its argument unchanged."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        _set_module_from_caller(self, 1)

    def __mro_entries__(self, bases):
        supertype_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                sub = cls.__name__
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were "
                                f"looking for: `{sub} = NewType({sub!r}, {supertype_name})`")
        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, *args):
        if len(args) != 1:
            raise TypeError(f"_typing._idfunc() takes exactly one argument ({len(args)} given)")
        return args[0]

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


Text = str
TYPE_CHECKING = False


# ---- IO -------------------------------------------------------------------------------

def _abstract_io_class(name, bases, methods, properties, doc):
    """An abstract class with the given abstract methods and abstract properties."""
    namespace = {'__slots__': (), '__module__': __name__, '__doc__': doc}

    def stub(self, *args, **kwargs):
        pass
    for method in methods:
        namespace[method] = abstractmethod(stub)
    for prop in properties:
        namespace[prop] = property(abstractmethod(stub))
    return types.new_class(name, bases, exec_body=lambda ns: ns.update(namespace))


IO = _abstract_io_class(
    'IO', (Generic[AnyStr],),
    ('close', 'fileno', 'flush', 'isatty', 'read', 'readable', 'readline', 'readlines',
     'seek', 'seekable', 'tell', 'truncate', 'writable', 'write', 'writelines', '__enter__',
     '__exit__'),
    ('mode', 'name', 'closed'),
    'The common base of TextIO and BinaryIO: the interface of open() results.')
BinaryIO = _abstract_io_class('BinaryIO', (IO[bytes],), ('write', '__enter__'), (),
                              'The type of files opened in binary mode.')
TextIO = _abstract_io_class('TextIO', (IO[str],), ('__enter__',),
                            ('buffer', 'encoding', 'errors', 'line_buffering', 'newlines'),
                            'The type of files opened in text mode.')


# ---- type aliases (the 'type' statement) ----------------------------------------------

class TypeAliasType:
    """A type alias made by a 'type X = ...' statement (or by calling this class)."""

    def __init__(self, name, value, *, type_params=()):
        if not isinstance(name, str):
            raise TypeError("TypeAliasType() argument 'name' must be str, not "
                            f"{type(name).__name__}")
        self.__name__ = name
        self._value = value
        self._lazy_value = None
        self.__type_params__ = tuple(type_params)
        self.__parameters__ = self.__type_params__
        _set_module_from_caller(self, 1)

    @property
    def __value__(self):
        if self._lazy_value is not None:
            self._value = self._lazy_value()
            self._lazy_value = None
        return self._value

    def __repr__(self):
        return self.__name__

    def __getitem__(self, parameters):
        if not self.__type_params__:
            raise TypeError("Only generic type aliases are subscriptable")
        return GenericAlias(self, _as_tuple(parameters))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __reduce__(self):
        return self.__name__

    def __init_subclass__(cls, /, *args, **kwargs):
        raise TypeError("type 'typing.TypeAliasType' is not an acceptable base type")


# ---- hooks for PEP 695 syntax (the interpreter's intrinsics call these) -----------------

def _pep695_typevar(name, evaluate_bound=None, evaluate_constraints=None):
    made = TypeVar(name, infer_variance=True)
    made._lazy_bound = evaluate_bound
    made._lazy_constraints = evaluate_constraints
    return made


def _pep695_paramspec(name):
    made = ParamSpec(name, infer_variance=True)
    made.__bound__ = None
    return made


def _pep695_typevartuple(name):
    return TypeVarTuple(name)


def _pep695_generic(params):
    return Generic[tuple([Unpack[p] if isinstance(p, TypeVarTuple) else p for p in params])]


def _pep695_typealias(name, type_params, evaluate_value):
    made = TypeAliasType(name, None, type_params=type_params or ())
    made._lazy_value = evaluate_value
    made.__module__ = _caller()
    return made


# ---- private names that libraries extending typing look up ----------------------------

def _tp_cache(func=None, /, *, typed=False):
    decorate = _memoized(typed)
    return decorate if func is None else decorate(func)


def _type_convert(arg, module=None, *, allow_special_forms=False):
    return _as_type(arg, module, class_level=allow_special_forms)


_get_protocol_attrs = _protocol_members
_allow_reckless_class_checks = _checks_relaxed

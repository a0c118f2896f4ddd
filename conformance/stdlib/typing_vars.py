# TypeVar, ParamSpec, TypeVarTuple, Unpack, Concatenate, PEP 695 syntax and special forms.
import typing
from typing import (TypeVar, ParamSpec, TypeVarTuple, Unpack, Concatenate, Generic, Callable,
                    Tuple, ClassVar, Final, Any, Union, Optional, Literal, List, TypeGuard,
                    Required, NotRequired, Self, Never, NoReturn, LiteralString, TypeAlias)


def show(label, thunk):
    try:
        print(label, '->', thunk())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


T = TypeVar('T')
B = TypeVar('B', bound='int')
C = TypeVar('C', int, str)
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
Inf = TypeVar('Inf', infer_variance=True)
P = ParamSpec('P')
Ts = TypeVarTuple('Ts')
print(T, B, C, Co, Contra, Inf, P, Ts, P.args, P.kwargs, Unpack[Ts], *Ts)
print(T.__name__, B.__bound__, C.__constraints__, Co.__covariant__, Contra.__contravariant__,
      Inf.__infer_variance__, T.__module__, P.__name__, Ts.__name__, P.args.__origin__ is P)
print(P.args == P.args, P.kwargs == P.kwargs, P.args == P.kwargs, T == TypeVar('T'))
for expr in ["TypeVar('X', int)", "TypeVar('X', covariant=True, contravariant=True)",
             "TypeVar('X', int, str, bound=int)", "TypeVar(1)", "TypeVar('X', bound=3)",
             "TypeVar('X', infer_variance=True, covariant=True)",
             "ParamSpec('Q', covariant=True)", "class Sub(TypeVar): pass",
             "Unpack[int, str]", "Concatenate[int]", "Concatenate[int, str]", "Concatenate[()]",
             "ClassVar[int, str]", "Final[int, str]", "Union[()]", "Optional[()]",
             "ClassVar[Final[int]]", "Any[int]", "Self[int]", "Never[int]", "TypeGuard[int, str]",
             "Required[int, str]", "Literal[[1]]", "LiteralString[int]", "TypeAlias[int]",
             "isinstance(1, Any)", "issubclass(int, Union)", "isinstance(1, Union[int, str])",
             "isinstance(1, Optional[int])", "issubclass(bool, Union[int, str])", "Union[int, 3]",
             "Callable[[int], 3]", "ClassVar()", "Union()"]:
    show(expr, lambda: eval(expr))
print(ClassVar[int], Final[List[int]], TypeGuard[int], Required[int], NotRequired[str], Any, Self,
      Never, NoReturn, LiteralString, TypeAlias, ClassVar, Final, Union, Optional, Literal, Concatenate)
print(Concatenate[int, P], Callable[Concatenate[int, P], str], Callable[Concatenate[int, P], T][[str], bool])
print(Tuple[Unpack[Ts]], Tuple[int, *Ts], tuple[*Ts], Tuple[int, *Ts][str, bytes], Tuple[*Ts][()])


class Arr(Generic[*Ts]):
    pass


class Sh(Generic[T, *Ts]):
    pass


class Fn(Generic[P, T]):
    pass


print(Arr[int, str], Arr[()], Sh[int], Sh[int, str, bytes], Arr.__parameters__, Sh.__parameters__)
print(Fn[[int], str], Fn[..., str], Fn[P, T].__parameters__, Fn[[int, str], bool].__args__)
show('Sh[()]', lambda: Sh[()])
show('Generic[*Ts, *Ts]', lambda: Generic[*Ts, *Ts])
print(Union[int, str], Union[int, Union[str, int]], Union[int, None], Union[None, int], Union[Any, int])
print(Union[int, bool], Optional[Optional[int]], Union[List[int], List[int]], Union[int] is int)
print(Union[int, str].__args__, Union[int, str].__origin__, Optional[int].__args__, type(Union[int, str]).__name__)
print(int | str == Union[int, str], Union[int, str] | bytes, None | Union[int, str])
print(Any.__class__.__name__, isinstance(Any, type), Any.__module__, type(Self).__name__)


class SubAny(Any):
    pass


print(type(SubAny()).__name__, isinstance(SubAny(), Any) if False else 'ok', SubAny.__mro__)


def generic_fn[X, *Ys, **Q](x: X) -> X:
    return x


class NewStyle[K: (int, str), V: float]:
    pass


type Alias = list[int]
type GenAlias[A] = dict[str, A]
print(generic_fn.__type_params__, NewStyle.__type_params__, NewStyle.__parameters__)
print(Alias, Alias.__value__, Alias.__name__, Alias.__type_params__, GenAlias[int], GenAlias.__type_params__)
print(GenAlias[int].__origin__, GenAlias[int].__args__, type(Alias).__name__, Alias.__module__)
K, V = NewStyle.__type_params__
print(K.__constraints__, V.__bound__, K.__infer_variance__, type(K).__name__)
show('subclass alias', lambda: type('X', (Alias,), {}))
print(typing.TypeAliasType('Manual', int), typing.TypeAliasType('M2', List[T], type_params=(T,))[str])

import typing
from typing import *
T = TypeVar('T'); KT = TypeVar('KT', covariant=True); S = TypeVar('S', contravariant=True, bound=int)
print(T, KT, S, repr(S.__bound__), T.__covariant__, T.__module__, TypeVar('I', infer_variance=True))
print(List, Dict, List[int], Dict[str, T], Dict[str, T][int], Tuple[()], Tuple, Tuple[int, ...], Callable, Callable[..., int], Callable[[], int], Callable[[T], T][int])
print(Union[int], Union[int, str, int], Union[int, Union[str, float]], Optional[Union[int, str]], Union[int, None, str], Optional[None])
print(Union[int, str] == Union[str, int], hash(Union[int, str]) == hash(Union[str, int]), Union[int, str].__args__, get_args(Optional[int]), get_origin(List[int]), get_origin(Union[int, str]))
print(Literal[1, 'a'], Literal[1, 1], Annotated[int, 'm'], Annotated[int, 'm'].__metadata__, ClassVar[int], Final[int], Final, ClassVar, Any, NoReturn, Never, Self, LiteralString)
print(Type[int], type[int], FrozenSet[int], Set[T], DefaultDict[str, int], Counter[str], Deque[int], Iterable[int], Iterator[T], Generator[int, None, None], Mapping[str, int], AbstractSet[int], Awaitable[int], Text, AnyStr)
print(List[int] == list[int], List == list, List[int].__parameters__, Dict[str, T].__parameters__, isinstance([], List))
for bad in ['List[int, str]', 'Dict[int]', 'Union[]', 'Optional[int, str]', 'Union[1]', 'Generic[int]', 'ClassVar[int, str]', 'isinstance([], List[int])', 'Callable[int]', 'Tuple[int][str]', 'List[int][str]', 'TypeVar("X", int)', 'Literal[]', 'Final[1, 2]', 'Any()', 'class Z(Any): pass', 'class W(Union): pass']:
    try: exec(bad)
    except Exception as e: print(type(e).__name__, e)
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box, Box[int], Box.__parameters__, Box[int]().__class__ if False else '', Box[int](1).__orig_class__, Box.__orig_bases__, Box.__mro__)
class Pair(Box[int], Generic[KT]): pass
print(Pair.__parameters__, Pair[str], Generic[T])
class Pt(NamedTuple):
    x: int
    y: int = 0
print(Pt(1), Pt.__annotations__, Pt._field_defaults, Pt.__mro__, NamedTuple('Q', [('a', int)])(1))
class TD(TypedDict, total=False):
    a: int
    b: str
print(TD(a=1), TD.__required_keys__, sorted(TD.__optional_keys__), TD.__total__, is_typeddict(TD), TypedDict('X', {'q': int}).__annotations__)
UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, repr(UserId))
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable), Closable.__protocol_attrs__ if hasattr(Closable, '__protocol_attrs__') else None)
class P2(Protocol):
    x: int
try: isinstance(1, P2)
except TypeError as e: print(e)
try: P2()
except TypeError as e: print(e)
def f(a: 'int', b: List['str'] = None) -> 'Box[int]': pass
print(get_type_hints(f), f.__annotations__)
class H:
    a: int
    b: 'Optional[str]'
    c: Annotated[int, 'x']

print(get_type_hints(H, globals()), get_type_hints(H, globals(), include_extras=True))
print(cast(int, 'x'), ForwardRef('int'), TYPE_CHECKING, get_origin(Annotated[int, 'm']), get_args(Callable[[int], str]))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(1), len(get_overloads(g)))
@final
def h(): pass
print(h.__final__, Unpack, TypeVarTuple('Ts'), ParamSpec('P'), ParamSpec('P').args, Concatenate[int, ParamSpec('P')], TypeGuard[int], Required[int], NotRequired[int])
print(typing.__all__[:10], len(typing.__all__))
print(List[int] | None, int | List[str], Union[int, str] | float, T | int, Optional[List[int]])
print(repr(Any), type(Any), type(List), type(List[int]), type(Union[int, str]), type(Union), type(Optional), type(T))
try: assert_never(1)
except AssertionError as e: print(e)

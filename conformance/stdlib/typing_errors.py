import typing
print(sorted(typing.__all__))
from typing import *
Ts = TypeVarTuple('Ts'); P = ParamSpec('P')
print(Unpack[Ts], tuple[*Ts], Tuple[int, Unpack[Ts]], Callable[P, int], Callable[P, int][[str], ], Callable[Concatenate[int, P], int])
T = TypeVar('T')
for bad in ['class A(Generic): pass', 'class A(Generic[T], Generic[T]): pass', 'Generic[T, T]', 'Generic[()]', 'class B(List[T], Generic[int]): pass', 'Hashable[int]', 'TypeVar("X", int, bound=str)', 'Optional[()]', 'Annotated[int]', 'Annotated()', 'List()', 'Union[int, str]()', 'NewType("X", int)("a", 2)', 'class C(NewType("X", int)): pass', 'class D(T): pass', 'Literal()', 'ClassVar()', 'class E(NamedTuple):\n a: int = 1\n b: int', 'class F(NamedTuple):\n _fields = 1', "TypedDict('X', {'a': 1})", 'issubclass(dict, TypedDict("Y", {}))', 'Callable[[int], str][int]', 'Type[int, str]', "ForwardRef(1)", "ForwardRef('1 +')", "Protocol[int]", "class G(int, Protocol): pass", 'runtime_checkable(int)', 'Self[int]', 'isinstance(1, Union[int, str])', 'isinstance(1, Optional[int])', 'issubclass(int, Any)', 'isinstance(1, Any)', 'isinstance(1, ClassVar)']:
    try: r = eval(bad) if '\n' not in bad and not bad.startswith('class') else exec(bad); print('ok', r)
    except Exception as e: print(type(e).__name__, e)
print(List[int] is List[int], Union[int, str] is Union[int, str], Literal[1, True], Literal[1, True] == Literal[True, 1])
print(List.__doc__, Dict.__origin__, Callable.__origin__, Optional[int].__origin__, List[T][int], Dict[T, List[T]][str])
class MyList(List[int]): pass
print(MyList.__mro__, MyList.__orig_bases__, MyList.__parameters__ if hasattr(MyList, '__parameters__') else None)
print(get_args(Union[int, List[str]]), get_args(Annotated[int, 1, 2]), get_args(int), get_origin(int), get_origin(Generic), get_args(Tuple[()]), get_args(Callable[..., int]))
print(TypeAliasType('X', int), TypeAliasType('X', int).__value__)
print(repr(SupportsInt), SupportsInt.__mro__, isinstance(1, SupportsInt), isinstance('', SupportsIndex))
print(Literal, repr(ForwardRef('x', module='m')), ForwardRef('x') == ForwardRef('x'), List['int'])
class N(NamedTuple):
    a: int
    def m(self): return 1
print(N(1).m(), N.__doc__, N._fields)
print(Optional[int] | str, Union[int, str].__parameters__, Union[T, int][str], Optional[T][int])

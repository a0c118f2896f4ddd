# Aliases: copying, pickling data, mro of alias bases, unpacked tuples, get_args/get_origin.
import typing, copy
from typing import *
T = TypeVar('T'); P = ParamSpec('P'); Ts = TypeVarTuple('Ts')
print(copy.deepcopy(List[int]), copy.copy(Dict[str, T]), copy.deepcopy(Union[int, str]))
print(List[int].__reduce__()[1], Union[int, str].__reduce__()[1], Callable[[int], str].__reduce__()[1])
print(List.__doc__, Iterable.__doc__)
class A(List[int]): pass
print(A.__mro__, A.__orig_bases__)
class B(Iterable[T]): pass
print(B.__mro__, B.__parameters__, B[int])
print(dir(List[int])[:3], 'append' in dir(List[int]))
print(List[int].append, Tuple[int, *Tuple[str, ...]])
class C(Generic[T, *Ts]): pass
print(C[int, *Tuple[str, ...]], C[*Tuple[int, ...]])
print(Callable[Concatenate[int, P], int][...], Callable[[*Ts], int][str, bytes])
print(Optional[int] == Union[None, int], Union[int, List[int]] == Union[List[int], int])
print(get_args(Union[int, str]), get_origin(Literal[1]), get_args(Literal[1, 2]), get_origin(P.args), get_origin(int | str))
print(get_args(Annotated[int, 'x']), get_origin(ClassVar[int]), get_origin(Generic), get_origin(Generic[T]))
def f(x: 'int | str', y: list['int']) -> None: ...
print(get_type_hints(f))
class D(Protocol):
    a: int
    def m(self): ...
print(sorted(D.__protocol_attrs__), D.__non_callable_proto_members__ if hasattr(D, '__non_callable_proto_members__') else None)
print(Type[Any], Union[int, Any], Literal['a'] | None)
print(repr(T.__bound__), repr(P.__bound__), T.__constraints__, P.args.__origin__, P.kwargs)
print(typing.Sized[()] if False else 'x', Generic.__module__, Protocol.__module__, Generic.__mro__)
X = TypeVar('X', bound='List[int]')
print(X.__bound__)
print(NamedTuple('E', []), NamedTuple('K', x=int)._fields)
print(hash(List[int]) == hash(List[int]), List[int] is List[int], Union[int, str] is Union[int, str])
class GenProto(Protocol[T]):
    def get(self) -> T: ...
class Impl(GenProto[int]):
    def get(self): return 1
print(Impl().get(), GenProto[int], Impl.__parameters__, Impl.__orig_bases__)
print(typing.Awaitable.__origin__, typing.ItemsView[str, int].__args__)

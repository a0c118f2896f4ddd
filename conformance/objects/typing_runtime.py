# typing constructs at run time: Protocol/runtime_checkable, TypedDict, NamedTuple, Literal, get_type_hints.
import typing
from typing import Protocol, runtime_checkable, TypedDict, Literal, Optional, Union, get_type_hints, get_origin, get_args
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class File:
    def close(self): pass
print(isinstance(File(), Closer), isinstance(5, Closer))
class NotRuntime(Protocol):
    def run(self): ...
try:
    isinstance(File(), NotRuntime)
except TypeError as e:
    print(type(e).__name__, e)
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="Up", year=2009)
print(m, type(m).__name__, Movie.__required_keys__ == frozenset({"title", "year"}), sorted(Movie.__annotations__))
print(Literal["a", "b"], get_args(Literal["a", "b"]), Optional[int], Union[int, str], Union[int, int], Union[int, None] == Optional[int])
print(get_origin(list[int]), get_args(dict[str, int]), get_origin(Union[int, str]), get_origin(int | str))
def annotated(a: "int", b: Optional[str] = None) -> list[int]:
    return []
print(get_type_hints(annotated))
print(typing.cast(int, "not checked"), typing.TYPE_CHECKING, typing.Any, typing.NoReturn)
T = typing.TypeVar("T", bound=int)
print(T, T.__bound__, repr(typing.TypeVar("S", int, str)), typing.ParamSpec("P"))
@typing.final
class Final:
    pass
@typing.overload
def over(x: int) -> int: ...
@typing.overload
def over(x: str) -> str: ...
def over(x):
    return x
print(over(3), Final.__final__ if hasattr(Final, "__final__") else None)
print(typing.Callable[[int], str], typing.Tuple[int, ...], typing.List[int], typing.Dict[str, typing.Any])
Alias = typing.NewType("UserId", int)
print(Alias(5), Alias.__name__, Alias)

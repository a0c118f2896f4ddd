# typing with dataclasses, TypedDict forward references, protocol inheritance and ABC checks.
import typing
from typing import *
from dataclasses import dataclass
T = TypeVar('T')
@dataclass
class DC(Generic[T]):
    x: T
    y: 'List[T]'
print(get_type_hints(DC, globals()), DC[int](1, []), DC.__parameters__)
class Node(TypedDict, total=False):
    children: 'List[Node]'
print(Node.__annotations__)
class Stack(Generic[T]):
    def push(self, item: T) -> 'Stack[T]': return self
print(get_type_hints(Stack.push, globals()))
@runtime_checkable
class HasX(Protocol):
    x: int
class WithX:
    def __init__(self): self.x = 1
print(isinstance(WithX(), HasX), isinstance(object(), HasX))
class Base(Protocol):
    def a(self) -> int: ...
class Child(Base, Protocol):
    def b(self) -> int: ...
print(sorted(Child.__protocol_attrs__), Child._is_protocol, Child.__mro__)
print(Union[int, 'str'], Optional['X'], List['int'] == List['int'], ForwardRef('a') == ForwardRef('a', module='m'))
def g(a: 'undefined_name' = 1): pass
try: get_type_hints(g)
except NameError as e: print(e)
print(get_type_hints(g, {'undefined_name': str}))
print(Literal[Literal[1, 2], 3], Annotated[Annotated[int, 1], 2], get_origin(Annotated[int, 1]) is Annotated)
print(Callable[..., None] == Callable[..., None], Callable[[int], str] == Callable[[int], str], Callable[[], int])
print(Dict[str, Callable[[T], T]][int], Tuple[Callable[..., T], ...][str])
class MyList(List[T]): pass
print(MyList[int], MyList.__mro__, MyList[int]().__class__)
print(isinstance([], Sequence), issubclass(list, MutableSequence), isinstance({}, Mapping), isinstance(iter([]), Iterator))
print(type(List[int]).__mro__)

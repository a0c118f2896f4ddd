# get_type_hints, ForwardRef, Annotated, Literal, overload, NewType, decorators and helpers.
import typing
from typing import (Annotated, Literal, ForwardRef, get_type_hints, get_args, get_origin,
                    Optional, List, ClassVar, Final, overload, get_overloads, clear_overloads,
                    NewType, cast, assert_type, assert_never, no_type_check, final, Union, Any)
import sys


def show(label, thunk):
    try:
        print(label, '->', thunk())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


class Node:
    value: int
    next: 'Optional[Node]'
    children: List['Node']
    count: ClassVar[int] = 0
    tag: Annotated[str, 'meta', 1]


class Leaf(Node):
    weight: 'float'


def func(a: 'int', b: 'List[Node]' = None, *args: 'str', c: Annotated[int, 'x'] = 1, **kw: bytes) -> 'Leaf':
    pass


print(get_type_hints(Node, globals()))
print(get_type_hints(Leaf, globals()))
print(get_type_hints(func))
print(get_type_hints(func, include_extras=True)['c'])
print(get_type_hints(Node, globals(), include_extras=True)['tag'])
print(get_type_hints(lambda: None), get_type_hints(int) == {}, get_type_hints(typing))


def broken(x: 'Undefined'):
    pass


show('NameError', lambda: get_type_hints(broken))
show('localns', lambda: get_type_hints(broken, localns={'Undefined': int}))


def syntax(x: 'not valid'):
    pass


show('SyntaxError', lambda: get_type_hints(syntax))
show('not callable', lambda: get_type_hints(42))
ref = ForwardRef('List[int]')
print(ref, repr(ForwardRef('x', module='m')), ref == ForwardRef('List[int]'), ref.__forward_arg__,
      ref.__forward_evaluated__, hash(ref) == hash(ForwardRef('List[int]')))
show('ForwardRef(1)', lambda: ForwardRef(1))
show('ForwardRef bad', lambda: ForwardRef('1 +'))
print(List['int'], Optional['Node'], Union['A', int], Annotated['int', 3])

A = Annotated[int, 'a']
print(A, Annotated[A, 'b'], Annotated[A, 'b'].__metadata__, get_args(Annotated[A, 'b']),
      get_origin(A), A.__origin__, Annotated[List[int], 'x'][0] if False else Annotated[List[int], 'x'])
T = typing.TypeVar('T')
print(Annotated[List[T], 'm'][int], Annotated[int, 'a'] == Annotated[int, 'a'],
      Annotated[int, 'a'] == Annotated[int, 'b'], Annotated[int, 'a'] == int)
show('Annotated[int]', lambda: Annotated[int])
show('Annotated()', lambda: Annotated())
show('Annotated class', lambda: type('X', (Annotated,), {}))
print(A(5) if False else 'callable', Annotated[int, 1].__metadata__)

print(Literal[1, 2], Literal[1, Literal[2, 3]], Literal['a', b'b', None, True], Literal[1, 1, 2])
print(Literal[1] == Literal[1], Literal[1] == Literal[True], Literal[1, 2] == Literal[2, 1],
      hash(Literal[1, 2]) == hash(Literal[2, 1]), get_args(Literal[1, 'x']))
print(Literal[1] | Literal[2], Union[Literal[1], Literal[1]], Optional[Literal['a']])


@overload
def area(x: int) -> int: ...
@overload
def area(x: str) -> str: ...
def area(x):
    return x


print(area(3), [o.__annotations__ for o in get_overloads(area)], get_overloads(print))
show('call overload stub', lambda: typing.overload(lambda x: x)(1))
clear_overloads()
print(get_overloads(area))

UserId = NewType('UserId', int)
Derived = NewType('Derived', UserId)
print(UserId, Derived, UserId(5), Derived.__supertype__, UserId.__name__, UserId.__qualname__,
      UserId.__module__, UserId | None, UserId.__call__ is not None)
show('subclass NewType', lambda: type('X', (UserId,), {}))
show('isinstance NewType', lambda: isinstance(1, UserId))
show('NewType bad name', lambda: NewType('a.b', int)('x'))
print(cast(int, 'x'), cast('str', 1), assert_type(3, int))
show('assert_never', lambda: assert_never('x' * 200))


@no_type_check
def untyped(a: 'nonsense') -> 'more':
    pass


print(untyped.__no_type_check__, get_type_hints(untyped))


@final
class Sealed:
    @final
    def m(self):
        pass


print(Sealed.__final__, Sealed.m.__final__)


class Base:
    def m(self):
        pass


class Child(Base):
    @typing.override
    def m(self):
        pass


print(Child.m.__override__)


@typing.dataclass_transform(kw_only_default=True, field_specifiers=(int,))
def model(cls):
    return cls


print(model.__dataclass_transform__)
print(typing.reveal_type(5))
print(typing.TYPE_CHECKING, typing.Text, typing.AnyStr, typing.is_typeddict(1))

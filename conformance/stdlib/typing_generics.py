# Generic classes and aliases: subscription, substitution, reprs, errors.
import typing
from typing import (Generic, TypeVar, List, Dict, Tuple, Callable, Optional, Union, Type,
                    Iterable, Mapping, Sequence, Any, get_origin, get_args, ParamSpec)
import collections.abc

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
P = ParamSpec('P')


def show(label, thunk):
    try:
        print(label, '->', thunk())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


class Box(Generic[T]):
    def __init__(self, item=None):
        self.item = item


class Pair(Generic[K, V]):
    pass


class IntBox(Box[int]):
    pass


class Named(Pair[str, V]):
    pass


print(Box[int], Box[List[T]], Box[List[T]][str], Pair[int, str], Named[bytes])
print(Box.__parameters__, Pair.__parameters__, Named.__parameters__, IntBox.__parameters__)
print(Box[int].__origin__, Box[int].__args__, Box[T].__parameters__, Pair[K, List[V]].__parameters__)
print(IntBox.__orig_bases__, Named.__orig_bases__, Named.__mro__)
b = Box[int](3)
print(b.__orig_class__, b.item, type(b).__name__)
print(Box[int] == Box[int], Box[int] == Box[str], hash(Box[int]) == hash(Box[int]), Box[int] != Box)
print(Dict[K, V][str, int], Dict[str, List[V]][int], Mapping[K, Tuple[V, ...]][int, str])
print(Tuple[T, T][int], Tuple[int, ...], Tuple[()], Tuple[()].__args__, Tuple[int, str].__args__)
print(Callable[[int, str], bool], Callable[..., T][int], Callable[[T], K][int, str], Callable[P, T])
print(Callable[P, T][[int, str], bool], Callable[P, T][..., int], Callable[[], None].__args__)
print(get_args(Callable[[int], str]), get_args(Callable[..., str]), get_origin(Callable[[int], str]))
print(Type[int], Type[T][str], Iterable[T][int], Sequence[Optional[T]][str])
print(List[int].__origin__, List.__origin__, Dict.__args__ if hasattr(Dict, '__args__') else 'no args')
print(list[T][int], dict[str, T][int], collections.abc.Callable[[int], str], collections.abc.Callable[[T], T][str])
print(Optional[T][int], Union[T, int][str], Union[T, K][int, int], Optional[List[T]][str])
print(List[int] == list[int], get_origin(List[int]) is list, get_args(Dict[str, int]))
print(typing.Generic, Generic[T], Generic[T].__args__)
print(Box.__class_getitem__ is not None, type(Box[int]).__name__)
print(isinstance(Box(), Box), issubclass(IntBox, Box), Box[int].__mro_entries__((Box[int],)))
for expr in ['Box[int, str]', 'Pair[int]', 'Box[int][str]', 'Generic[T, T]', 'Generic[int]',
             'Generic[T][int]', 'type(Generic()).__name__', 'isinstance(1, Box[int])', 'issubclass(int, Box[int])',
             'List[int]()', 'Dict[str]', 'Tuple[int, ...][str]', 'Callable[[int], str][int]',
             'Callable[int, str]', 'Callable[[int]]', 'Union[T, K][int]', 'Optional[T, K]',
             'Pair[int, str, bytes]', 'Box[()]']:
    show(expr, lambda: eval(expr))


def bad_bases():
    class X(Generic[T], Generic[K]):
        pass


def missing_params():
    class Y(Box[T], Generic[K]):
        pass


def duplicated_generic():
    class Z(Generic[T], Box[T], Generic[T]):
        pass


show('two Generics', bad_bases)
show('missing params', missing_params)
show('duplicated', duplicated_generic)


class Multi(Box[T], Pair[K, V]):
    pass


print(Multi.__parameters__, Multi[int, str, bytes])


class Explicit(Box[T], Pair[K, V], Generic[V, K, T]):
    pass


print(Explicit.__parameters__, Explicit[int, str, bytes])
print(List[int] | None, Box[int] | str, int | Box[int])
print(repr(List), repr(Dict), repr(typing.Deque), repr(typing.DefaultDict[str, int]), repr(typing.Counter))
print(typing.Hashable, typing.Sized, typing.ByteString, typing.Awaitable[int], typing.ChainMap[str, int])
print(typing.ContextManager[int], typing.AsyncContextManager, typing.Pattern[str], typing.Match)
print(typing.Iterable.__args__ if hasattr(typing.Iterable, '__args__') else None, typing.Iterable._nparams)

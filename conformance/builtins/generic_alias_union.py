# types.GenericAlias and types.UnionType: subscripted builtins and X | Y of types.
import types
from typing import TypeVar

T = TypeVar("T")
for a in (list[int], dict[str, int], tuple[int, ...], type[int], set[list[T]]):
    print(repr(a), a.__origin__, a.__args__, a.__parameters__)
print(type(list[int]) is types.GenericAlias)
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))
print(dict[str, T][int], list[T][str])
print(list[int]([1, 2]), list[int].__mro_entries__(()))
class L(list[int]):
    pass
print(L.__bases__, L.__orig_bases__)
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)

u = int | None
print(repr(u), type(u) is types.UnionType, u.__args__)
print(repr(None | int), repr(int | str | None), int | str == str | int)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str))
print(issubclass(bool, int | str), issubclass(float, int | str))
print((int | str) | list[int])
print(hash(int | str) == hash(str | int))

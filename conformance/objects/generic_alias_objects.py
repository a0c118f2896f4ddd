# types.GenericAlias from builtin __class_getitem__: attributes, repr, equality, substitution.
from typing import TypeVar
T = TypeVar("T")
g = list[int]
print(g, repr(g), g.__origin__, g.__args__, g.__parameters__, type(g).__name__)
print(dict[str, list[int]], tuple[()], tuple[int, ...].__args__, list[T][int], dict[T, str][bytes])
print(list[int] == list[int], list[int] != list[str], hash(list[int]) == hash(list[int]), list[int] == list)
print(list[int]("ab"), type(list[int]()).__name__, list[int].append is list.append if False else "")
try:
    list[int][str]
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print("TypeError", e)
class MyList(list):
    pass
print(MyList[int], MyList[int].__origin__ is MyList)
print(type[int], type[int].__args__, list[T].__parameters__)
import types
print(types.GenericAlias(list, (int,)) == list[int], isinstance(list[int], types.GenericAlias))
print(list[int].__mro_entries__((list[int],)))
class Derived(list[int]):
    pass
print(Derived.__bases__, Derived.__orig_bases__)

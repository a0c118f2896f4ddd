# __class_getitem__ and generic aliases of builtins.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
alias = list[int]
print(alias.__origin__, alias.__args__, alias() == [], isinstance([], list))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)
print(int | str, type(int | None).__name__, (int | str).__args__)
print(isinstance(5, int | str), isinstance(None, int | None), issubclass(bool, int | str))
from typing import Generic, TypeVar
T = TypeVar("T")
class Stack(Generic[T]):
    pass
print(Stack[int], Stack[int]().__class__ is Stack)
print(list[int] == list[int], list[int] == list[str])
class Meta(type):
    def __getitem__(cls, item):
        return f"Meta getitem {item}"
class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(WithMeta[0])

# __class_getitem__: implicit classmethod, precedence of the metaclass __getitem__, builtin generics.
class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(G[int], G[1, 2], G["x"])
print(type(G.__dict__["__class_getitem__"]).__name__)
class Sub(G):
    pass
print(Sub[str])
class Meta(type):
    def __getitem__(cls, item):
        return "meta " + str(item)
class M(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class " + str(item)
print(M[3])
try:
    G()[0]
except TypeError as e:
    print("TypeError", e)
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print("TypeError", e)
print(list[int], dict[str, int], tuple[int, ...], type[int])
print(list[int].__origin__ is list, list[int].__args__, list[int]([1, 2]))
print(isinstance([], list), list[int] == list[int], list[int] == list[str])
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError", e)
class NotCallable:
    __class_getitem__ = 5
try:
    NotCallable[1]
except TypeError as e:
    print("TypeError", e)

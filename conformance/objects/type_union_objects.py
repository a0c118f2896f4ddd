# X | Y on types makes types.UnionType; isinstance/issubclass accept it; errors for non-types.
u = int | str
print(u, type(u).__name__, u.__args__, u == (str | int), hash(u) == hash(str | int))
print(isinstance(1, u), isinstance(1.0, u), issubclass(bool, u), int | None, None | int)
print(int | int, (int | str) | float, list[int] | None, type(int | int).__name__)
for f in (lambda: int | 1, lambda: 1 | int, lambda: int | "str"):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
try:
    isinstance(1, list[int] | str)
except TypeError as e:
    print("TypeError", e)
class Meta(type):
    def __or__(cls, other):
        return "Meta.__or__"
class M(metaclass=Meta):
    pass
print(M | int, int | M)
import typing
print(typing.Union[int, str] == (int | str), typing.Optional[int] == (int | None))

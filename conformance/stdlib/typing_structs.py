# TypedDict and NamedTuple: class syntax, functional syntax, errors and introspection.
import typing
from typing import TypedDict, NamedTuple, Required, NotRequired, Generic, TypeVar, List, Optional

T = TypeVar('T')


def show(label, thunk):
    try:
        print(label, '->', thunk())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


class Movie(TypedDict):
    title: str
    year: int


class Extra(Movie, total=False):
    rating: float
    tags: Required[List[str]]


class Mixed(TypedDict):
    a: int
    b: NotRequired[str]


print(Movie(title='x', year=1), type(Movie(title='x', year=1)), Movie.__annotations__)
print(sorted(Extra.__required_keys__), sorted(Extra.__optional_keys__), Extra.__total__, Movie.__total__)
print(Extra.__annotations__, Mixed.__annotations__, sorted(Mixed.__optional_keys__))
print(Movie.__mro__, Movie.__bases__, Extra.__orig_bases__ if hasattr(Extra, '__orig_bases__') else None)
print(typing.is_typeddict(Movie), typing.is_typeddict(dict), typing.is_typeddict(TypedDict))
print(typing.get_type_hints(Extra, globals()), typing.get_type_hints(Extra, globals(), include_extras=True))
Fn = TypedDict('Fn', {'a': int, 'b-c': str}, total=False)
print(Fn.__annotations__, sorted(Fn.__optional_keys__), Fn.__name__, Fn.__module__)
show('isinstance', lambda: isinstance({}, Movie))
show('issubclass', lambda: issubclass(dict, Movie))


def bad_base():
    class Bad(TypedDict, int):
        pass


def bad_method():
    class Bad(TypedDict):
        a: int

        def m(self):
            pass
    return 'm' in Bad.__dict__


show('bad base', bad_base)
show('method', bad_method)


class GenTD(TypedDict, Generic[T]):
    item: T


print(GenTD[int], GenTD.__parameters__, GenTD.__annotations__, GenTD[int](item=1))


class Point(NamedTuple):
    x: int
    y: int = 0
    label: Optional[str] = None

    def norm(self):
        return abs(self.x) + abs(self.y)

    @property
    def flipped(self):
        return Point(self.y, self.x)


p = Point(3, -4)
print(p, p.norm(), p.flipped, p._fields, p._field_defaults, Point.__annotations__)
print(p._asdict(), p._replace(x=9), Point._make([1, 2, 'z']), Point.__mro__, Point.__bases__)
print([b.__name__ for b in Point.__orig_bases__], Point.__doc__)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__, Emp._fields, Emp.__module__)
Kw = NamedTuple('Kw', a=int, b=str) if False else NamedTuple('Kw', [('a', int), ('b', str)])
print(Kw(1, 'x'))


def order_error():
    class Bad(NamedTuple):
        x: int = 0
        y: int


def prohibited():
    class Bad(NamedTuple):
        x: int

        def _asdict(self):
            return {}


def prohibited_new():
    class Bad(NamedTuple):
        x: int

        def __new__(cls):
            pass


def multiple_bases():
    class Bad(NamedTuple, dict):
        x: int


show('order', order_error)
show('prohibited _asdict', prohibited)
show('prohibited __new__', prohibited_new)
show('bases', multiple_bases)
show('call with both', lambda: NamedTuple('X', [('a', int)], b=str))
show('underscore field', lambda: NamedTuple('X', [('_a', int)]))


class GenNT(NamedTuple, Generic[T]):
    value: T
    count: int = 1


print(GenNT[int], GenNT(5), GenNT[str]('s'), GenNT.__parameters__)


class Sub(Point):
    def extra(self):
        return 'extra'


print(Sub(1, 2), Sub(1, 2).extra(), Sub._fields)

# Field, InitVar, params reprs, generated docstrings and method names.
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, MISSING
import typing


@dataclass
class Point:
    x: int
    y: float = 0.0
    tags: list[str] = field(default_factory=list, repr=False)
    note: typing.Optional[str] = field(default=None, compare=False, metadata={'k': 1})
    _: KW_ONLY
    scale: InitVar[int] = 1
    label: 'str' = 'p'

    def __post_init__(self, scale):
        self.x *= scale


import re
for f in dataclasses.fields(Point):
    print(re.sub(' at 0x[0-9a-f]+', '', repr(f)))
print(re.sub(' at 0x[0-9a-f]+', '', repr(Point.__dataclass_fields__['scale'])))
print(Point.__dataclass_params__)
print(Point.__doc__)
print(Point(1, 2.5, ['a'], 'n', scale=3, label='q'))
print(Point.__match_args__)
print(repr(MISSING)[:30].startswith('<dataclasses._MISSING_TYPE'))
print(repr(dataclasses.KW_ONLY)[:30].startswith('<dataclasses._KW_ONLY_TYPE'))
print(InitVar[int], InitVar['Point'], InitVar[typing.List[int]], InitVar[list[int]])
print(type(InitVar[int]), InitVar[int].type)
print(dataclasses.Field[int], type(fields(Point)[0].metadata).__name__)
print(sorted(Point.__init__.__annotations__.items(), key=str))
for name in ('__init__', '__repr__', '__eq__'):
    print(name, getattr(Point, name).__qualname__, getattr(Point, name).__name__)
print(Point.__eq__(Point(1), 3))


class Outer:
    @dataclass
    class Inner:
        a: int = 1


print(Outer.Inner(), Outer.Inner.__qualname__, Outer.Inner.__repr__.__qualname__)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__, Empty.__match_args__)


@dataclass
class Documented:
    """Mine."""
    a: int


print(Documented.__doc__)


@dataclass
class Recursive:
    items: list


r = Recursive([])
r.items.append(r)
print(r)
print(Point.__init__.__defaults__, Point.__init__.__kwdefaults__)

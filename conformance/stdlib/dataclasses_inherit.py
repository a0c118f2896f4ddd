# Field collection through the MRO, overriding, ClassVar/InitVar detection and post-init.
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, asdict
import typing
from typing import ClassVar


@dataclass
class A:
    x: int = 1
    y: str = 'a'
    counter: ClassVar[int] = 0
    other: typing.ClassVar[str] = 's'
    iv: InitVar[int] = 0
    iv2: dataclasses.InitVar[str] = ''

    def __post_init__(self, iv, iv2):
        self.seen = (iv, iv2)


print([(f.name, f._field_type) for f in A.__dataclass_fields__.values()])
print(A(), A(2, 'b', 3, 'q').seen, A.counter)


@dataclass
class B(A):
    x: int = 10
    z: list = field(default_factory=lambda: [1])


print([f.name for f in fields(B)], B(), B().seen)


class Mixin:
    def hello(self):
        return 'hi ' + type(self).__name__


@dataclass
class C(Mixin, B):
    w: int = 5


print(C(), C().hello(), [f.name for f in fields(C)])


@dataclass
class D:
    a: int

    def __post_init__(self):
        print('post', self.a)


@dataclass
class E(D):
    b: int = 0


E(3, 4)


class NotDC(E):
    pass


print(dataclasses.is_dataclass(NotDC), NotDC(1))


@dataclass
class Annot:
    a: 'int'
    b: list[int]


print([f.name for f in fields(Annot)], Annot.__init__.__annotations__)


@dataclass
class Desc:
    class Upper:
        def __set_name__(self, owner, name):
            self.name = '_' + name

        def __get__(self, obj, objtype=None):
            if obj is None:
                return 'dflt'
            return getattr(obj, self.name)

        def __set__(self, obj, value):
            setattr(obj, self.name, value.upper())

    s: str = Upper()


print(Desc(), Desc('abc'))
print(asdict(C()))

# Errors raised while building dataclasses, and their exact messages.
from dataclasses import dataclass, field, KW_ONLY, InitVar, make_dataclass, fields
import typing
import re


def attempt(label, build):
    try:
        build()
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, re.sub(' at 0x[0-9a-f]+', '', str(e)))


def order_error():
    @dataclass
    class A:
        a: int = 1
        b: str


def inherited_order_error():
    @dataclass
    class Base:
        a: int = 1

    @dataclass
    class Child(Base):
        b: int


def mutable_defaults():
    @dataclass
    class A:
        a: dict = {}


def mutable_set():
    @dataclass
    class A:
        a: set = set()


def two_kw_only():
    @dataclass
    class A:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
        c: int


def classvar_factory():
    @dataclass
    class A:
        a: typing.ClassVar[list] = field(default_factory=list)


def classvar_kw_only():
    @dataclass
    class A:
        a: typing.ClassVar[int] = field(default=1, kw_only=True)


def initvar_factory():
    @dataclass
    class A:
        a: InitVar[list] = field(default_factory=list)


def frozen_from_plain():
    @dataclass
    class Base:
        a: int

    @dataclass(frozen=True)
    class Child(Base):
        b: int


def plain_from_frozen():
    @dataclass(frozen=True)
    class Base:
        a: int

    @dataclass
    class Child(Base):
        b: int


def overwrite_setattr():
    @dataclass(frozen=True)
    class A:
        a: int

        def __setattr__(self, name, value):
            pass


def overwrite_ge():
    @dataclass(order=True)
    class A:
        a: int

        def __ge__(self, other):
            return True


def untyped_field():
    @dataclass
    class A:
        a: int
        b = field(default=2)


def weakref_without_slots():
    @dataclass(weakref_slot=True)
    class A:
        a: int


def kw_only_after_default():
    @dataclass
    class A:
        a: int = 0
        b: int = field(kw_only=True)
        c: int = 1
    print(A(b=2), A.__match_args__)


for name, fn in list(globals().items()):
    if callable(fn) and name not in ('attempt', 'dataclass', 'field', 'make_dataclass',
                                     'fields', 'InitVar', 're') and not isinstance(fn, type) \
            and getattr(fn, '__module__', None) == '__main__':
        attempt(name, fn)

for spec in (['a', 'a'], ['class'], ['1x'], [('a', int, 3, 4)], [3]):
    attempt(repr(spec), lambda: make_dataclass('M', spec))
attempt('field both', lambda: field(default=1, default_factory=list))
attempt('fields(int)', lambda: fields(int))

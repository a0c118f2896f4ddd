# Protocol classes, runtime_checkable, and the Supports* protocols.
import typing
from typing import Protocol, runtime_checkable, TypeVar, Generic, SupportsInt, SupportsAbs, Iterable


def show(label, thunk):
    try:
        print(label, '->', thunk())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


T = TypeVar('T')


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class HasName(Protocol):
    name: str

    def greet(self) -> str: ...


class Proto(Protocol):
    def run(self) -> int: ...


@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T: ...


class File:
    def close(self):
        pass


class Person:
    name = 'x'

    def greet(self):
        return 'hi'


class NotPerson:
    def greet(self):
        return 'hi'


class Impl(Proto):
    def run(self):
        return 1


class Implicit(Closer):
    pass


print(isinstance(File(), Closer), isinstance(1, Closer), issubclass(File, Closer), issubclass(int, Closer))
print(isinstance(Person(), HasName), isinstance(NotPerson(), HasName))
show('issubclass data proto', lambda: issubclass(Person, HasName))
show('isinstance non-runtime', lambda: isinstance(1, Proto))
show('issubclass non-runtime', lambda: issubclass(int, Proto))
show('instantiate', lambda: Proto())
show('instantiate runtime', lambda: Closer())
print(Impl().run(), Implicit().close(), isinstance(Implicit(), Closer))
print(sorted(Closer.__protocol_attrs__), sorted(HasName.__protocol_attrs__), Closer._is_protocol,
      Impl._is_protocol, Closer._is_runtime_protocol)
print(Box[int], Box.__parameters__, isinstance(object(), Box), Box.__mro__)
show('isinstance Box[int]', lambda: isinstance(1, Box[int]))
show('runtime_checkable on class', lambda: runtime_checkable(int))
show('issubclass non-class', lambda: issubclass(1, Closer))


def bad_base():
    class P(Protocol, int):
        pass


def bad_base2():
    class Q(Protocol, File):
        pass


show('protocol from int', bad_base)
show('protocol from plain class', bad_base2)


class Both(Closer, Protocol):
    def open(self): ...


print(sorted(Both.__protocol_attrs__), Both._is_protocol, isinstance(File(), Both))
for name in ('SupportsInt', 'SupportsFloat', 'SupportsComplex', 'SupportsBytes', 'SupportsIndex',
             'SupportsAbs', 'SupportsRound'):
    proto = getattr(typing, name)
    print(name, [isinstance(v, proto) for v in (1, 1.5, 'a', 1j)])
print(SupportsAbs[int], issubclass(int, SupportsInt), isinstance([], Iterable))


class WithInit(Protocol):
    def __init__(self, x):
        self.x = x


class Concrete(WithInit):
    pass


print(Concrete(3).x)


@runtime_checkable
class Sized2(Protocol):
    def __len__(self): ...


print(isinstance([], Sized2), isinstance(3, Sized2), issubclass(dict, Sized2))


class NoneMethod:
    close = None


print(isinstance(NoneMethod(), Closer), issubclass(NoneMethod, Closer))
print(typing.Protocol, repr(Protocol), type(Closer).__name__)

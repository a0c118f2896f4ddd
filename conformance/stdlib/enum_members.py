# member()/nonmember(), enum.property, unique/verify, custom __new__/__init__ and class rules.
import enum
from enum import Enum, IntEnum, Flag, member, nonmember, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


class Things(Enum):
    A = 1
    helper = nonmember(5)
    func = member(lambda: 'called')

    def method(self):
        return 'method of ' + self.name


print(list(Things)[0], Things.func.name, Things.helper, Things.func.value(), Things.A.method())


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.EARTH.value, Planet((3.303e+23, 2.4397e6)))


class Coordinate(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')


print(Coordinate.PY, Coordinate(1), Coordinate.PY.label, Coordinate.PX.value)


class Named(Enum):
    name = 1
    value = 2
    other = 3


print(Named.name, Named.value, Named.other.name, Named.name.value, Named.value.name)


class Custom(Enum):
    X = 1

    @enum.property
    def upper(self):
        return self.name.upper() + '!'


print(Custom.X.upper)
show('Custom.upper', lambda: Custom.upper)


@unique
class Ok(Enum):
    A = 1
    B = 2


print(list(Ok))


def duplicated():
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2


show('unique', duplicated)


def verify_unique():
    @verify(UNIQUE)
    class Dup(Enum):
        A = 1
        B = 1


def verify_continuous():
    @verify(CONTINUOUS)
    class Gap(IntEnum):
        A = 1
        B = 2
        E = 5


def verify_continuous_flag():
    @verify(CONTINUOUS)
    class GapFlag(Flag):
        A = 1
        D = 8


def verify_named():
    @verify(NAMED_FLAGS)
    class Missing(Flag):
        A = 1
        B = 2
        ABCD = 15


def verify_named_two():
    @verify(NAMED_FLAGS)
    class Missing(Flag):
        A = 1
        X = 5
        Y = 9


for fn in (verify_unique, verify_continuous, verify_continuous_flag, verify_named, verify_named_two):
    show(fn.__name__, fn)
show('verify plain', lambda: verify(UNIQUE)(int))
print(enum.EnumCheck.UNIQUE, repr(CONTINUOUS), list(enum.EnumCheck))


def extend():
    class Base(Enum):
        A = 1

    class Sub(Base):
        B = 2


show('extend', extend)


class Mixin:
    def hi(self):
        return 'hi ' + self.name


class Empty(Mixin, Enum):
    def shout(self):
        return self.name + '!'


class Full(Empty):
    Q = 1


print(Full.Q.hi(), Full.Q.shout(), Full.__mro__[1].__name__)
show('reassign', lambda: setattr(Full, 'Q', 2))
show('delete', lambda: delattr(Full, 'Q'))
show('set on member', lambda: setattr(Full.Q, 'name', 'x'))
show('new attr', lambda: setattr(Full, 'extra', 1) or Full.extra)
show('order', lambda: Full.Q < Full.Q)
show('Full.Z', lambda: Full.Z)


class WithInitSubclass(Enum):
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)


class Child(WithInitSubclass, tag=1):
    A = 1


print(list(Child))
print(isinstance(Enum, enum.EnumMeta), enum.EnumMeta is enum.EnumType, type(Full).__name__)
print(Full.Q.__class__.__name__, type(Full.__dict__['_member_map_']).__name__)

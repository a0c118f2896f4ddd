# auto(), _generate_next_value_, _missing_, _ignore_, _order_ and the functional API.
import enum
from enum import Enum, IntEnum, StrEnum, Flag, auto


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, '->', type(e).__name__, e, '| context:', repr(e.__context__))


class Num(Enum):
    A = auto()
    B = 10
    C = auto()
    D = (auto(), 'x')


print(list(Num), repr(auto()), repr(auto(5)))


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f'{name}:{start}:{count}:{last_values}'
    X = auto()
    Y = auto()


print([m.value for m in Named])


class Lower(StrEnum):
    ALPHA = auto()
    Beta = auto()


print(list(Lower), Lower.ALPHA == 'alpha', [str(m) for m in Lower], f'{Lower.Beta}')


class Bits(Flag):
    A = auto()
    B = auto()
    C = 32
    D = auto()


print(list(Bits), Bits.D.value)


class Missing(Enum):
    ONE = 1
    TWO = 2

    @classmethod
    def _missing_(cls, value):
        if value == 'one':
            return cls.ONE
        if value == 'bad':
            return 42
        if value == 'boom':
            raise KeyError('boom')
        return None


show('Missing("one")', lambda: Missing('one'))
show('Missing(3)', lambda: Missing(3))
show('Missing("bad")', lambda: Missing('bad'))
show('Missing("boom")', lambda: Missing('boom'))
show('Missing["ONE"]', lambda: Missing['ONE'])
show('Missing["one"]', lambda: Missing['one'])
show('Num([1])', lambda: Num([1]))


class Ignoring(Enum):
    _ignore_ = 'tmp i'
    tmp = 5
    A = 1
    for i in range(2):
        pass


print(list(Ignoring), hasattr(Ignoring, 'tmp'))


def make_ordered():
    class Ordered(Enum):
        _order_ = 'A B'
        B = 2
        A = 1


show('_order_', make_ordered)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.__module__, Animal.__qualname__, repr(Animal.BEE))
Pairs = Enum('Pairs', [('X', 'x'), ('Y', 'y')], module='mod', qualname='Outer.Pairs')
print(list(Pairs), Pairs.__module__, Pairs.__qualname__)
FromDict = IntEnum('FromDict', {'LOW': 1, 'HIGH': 9})
print(list(FromDict), FromDict.HIGH + 1)
Started = Enum('Started', 'P Q', start=10)
print([m.value for m in Started])
Typed = Enum('Typed', 'U V', type=str)
print(list(Typed), Typed.__mro__[1].__name__)
Empty = Enum('Empty', ())
print(list(Empty), len(Empty))
FlagMade = Flag('FlagMade', ['R', 'W', 'X'])
print(list(FlagMade), repr(FlagMade.R | FlagMade.X))
show('Enum()', lambda: Enum())
show('Empty(1)', lambda: Empty(1))
show('Num(1, 2)', lambda: Num(1, 2))


def late_generate():
    class Late(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return 0


show('late', late_generate)

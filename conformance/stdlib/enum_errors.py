# Messages of errors raised while defining or using enums.
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum, auto


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


def reuse_name():
    class A(Enum):
        X = 1
        X = 2


def reuse_method():
    class A(Enum):
        X = 1

        def X(self):
            pass


def sunder():
    class A(Enum):
        _bad_ = 1


def mro_name():
    class A(Enum):
        mro = 1


def mixin_order():
    class A(Enum, int):
        X = 1


def two_types():
    class A(int, str, Enum):
        X = 1


def repr_no_type():
    class A(ReprEnum):
        X = 1


def str_enum_int():
    class A(StrEnum):
        X = 1


def str_enum_args():
    class A(StrEnum):
        X = 'a', 'utf-8', 'strict', 'x'


def str_enum_encoding():
    class A(StrEnum):
        X = b'a', 1


def int_enum_str():
    class A(IntEnum):
        X = 'q'


def ignore_late():
    class A(Enum):
        X = 1
        _ignore_ = ['X']


def flag_float():
    class F(Flag):
        A = 1.5
        B = auto()


for fn in (reuse_name, reuse_method, sunder, mro_name, mixin_order, repr_no_type,
           str_enum_int, str_enum_args, str_enum_encoding, int_enum_str, ignore_late, flag_float):
    show(fn.__name__, fn)


class Color(Enum):
    RED = 1


show('Color(2)', lambda: Color(2))
show('Color["BLUE"]', lambda: Color['BLUE'])
show('Color.BLUE', lambda: Color.BLUE)
show('Color.RED.nope', lambda: Color.RED.nope)
show('IntEnum("I", "A B")(5)', lambda: IntEnum('I', 'A B')(5))
show('StrEnum value', lambda: StrEnum('S', 'A B').A.value)
show('len(Color.RED)', lambda: len(Color.RED))
show('Color < Color', lambda: Color.RED < Color.RED)
show('Color + 1', lambda: Color.RED + 1)
show('Color.RED in 1', lambda: 1 in Color.RED)
show('Color() no args', lambda: Color())
show('Color.RED.value = 2', lambda: setattr(Color.RED, 'value', 2))
show('del Color.RED.name', lambda: delattr(Color.RED, 'name'))
try:
    two_types()
except TypeError as e:
    print(str(e).split(':')[0])

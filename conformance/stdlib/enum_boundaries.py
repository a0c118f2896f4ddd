# Flag boundaries, composite members, inversion, aliases and IntFlag arithmetic.
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
    NONE = 0


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2
    D = 8


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2
    D = 8


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2
    D = 8


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2
    D = 8


print(list(Perm), len(Perm), Perm.__members__.keys())
print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), Perm.RW is (Perm.R | Perm.W))
print(repr(Perm.R | Perm.X), str(Perm.R | Perm.X), (Perm.R | Perm.X).name)
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), Perm(0) is Perm.NONE)
print(repr(~Perm.R), repr(~Perm.NONE), repr(~(Perm.R | Perm.W | Perm.X)))
print(list(Perm.R | Perm.X), len(Perm.R | Perm.W | Perm.X), Perm.W in Perm.RW, Perm.X in Perm.RW)
show('1 in flag', lambda: 1 in Perm.RW)
show('Perm(7)', lambda: Perm(7))
for cls in (Strict, Conform, Eject, Keep):
    for value in (3, 4, 7, 11, 16, -1, -3):
        show(f'{cls.__name__}({value})', lambda: cls(value))
    show(f'~{cls.__name__}.A', lambda: ~cls.A)
    print(cls._boundary_, cls._flag_mask_, cls._all_bits_)
print(FlagBoundary.STRICT, repr(CONFORM), list(FlagBoundary))


class Color(IntFlag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print(repr(Color.RED | Color.BLUE), str(Color.RED | Color.BLUE), format(Color.GREEN, '>4'))
print(repr(Color.RED | 8), repr(Color(12)), str(Color(12)), Color.RED + 1, Color.RED | 2 == 3)
print(repr(~Color.RED), repr(Color.RED ^ Color.GREEN), repr(3 & Color.GREEN), repr(Color(0)))
print(repr(Color(-1)), isinstance(Color.RED, int), Color.BLUE.value, Color.BLUE._value_)
print(Color.RED < Color.BLUE, sorted([Color.BLUE, Color.RED]), hash(Color.RED) == hash(1))


class Big(Flag):
    A = auto()
    B = auto()
    AB = A | B
    C = 16


print(list(Big), repr(Big(19)), repr(~Big.A), Big.AB.value)
show('Big(4)', lambda: Big(4))
show('Big("x")', lambda: Big('x'))
show('Perm.R | 1', lambda: Perm.R | 1)
show('Perm.R & Color.RED', lambda: Perm.R & Color.RED)

import enum
from enum import *
class Color(Enum):
    RED = 1
    GREEN = 2
print(Color.RED, repr(Color.RED), format(Color.RED), f"{Color.RED:>10}|", str(Color), repr(Color), Color.__members__)
print(Color.RED.__class__, type(Color), Color.__qualname__, dir(Color.RED)[:5])
print(hash(Color.RED) == hash('RED'), Color.RED.name, Color._member_names_, Color._value2member_map_)
class N(IntEnum):
    A = 1
    B = 2
print(N.A, repr(N.A), format(N.A), f"{N.A:03d}", N.A + 1, str(N.A), N(2), N['A'])
class S(StrEnum):
    X = auto()
    Y = 'yy'
print(S.X, repr(S.X), S.X == 'x', S.Y.upper(), format(S.Y))
class P(Flag):
    R = 4
    W = 2
    X = 1
print(P.R | P.W, repr(P.R | P.W), str(P.R|P.W), P(0), repr(P(0)), list(P.R | P.X), ~P.R, repr(~P.R), P(7), len(P.R|P.W))
class IP(IntFlag):
    R = 4
    W = 2
print(IP.R | IP.W, repr(IP.R | IP.W), IP(8), repr(IP(8)), IP.R | 8, repr(IP.R|8), IP.R + 1)
try: P(8)
except ValueError as e: print(e)
try: Color('x')
except ValueError as e: print(e)
try: Color['BLUE']
except KeyError as e: print(repr(e))
try: del Color.RED
except AttributeError as e: print(e)
try:
    class E2(Color): pass
except TypeError as e: print(e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
class A(Enum):
    X = auto()
    Y = auto()
print(A.X.value, A.Y.value, list(A), A.X < A.Y if False else '')
class M(Enum):
    @classmethod
    def _missing_(cls, value):
        return cls.ONE
    ONE = 1
print(M(5))
class G(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    Q = auto()
print(G.Q.value)
E = Enum('E', 'a b c')
print(list(E), E.a.value, Enum('F', [('x', 10)]).x, E.__module__)
print(Color.RED in Color, 1 in Color, 'x' in Color)
print(bool(Color.RED), Color.RED.__reduce_ex__(2))
print(sorted(Color, key=lambda c: c.value), reversed(list(Color)).__class__.__name__)
try: Color.RED < Color.GREEN
except TypeError as e: print(e)
class W(IntEnum):
    A = 1
    B = 1
print(W.B, list(W), W.__members__)
print(EnumType is EnumMeta, isinstance(Color, EnumMeta))
print(P.R.value, P["R"])
print(P.R in P.R|P.W, bool(P(0)), (P.R | P.W) & P.R, (P.R|P.W) ^ P.R)
class Z(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    a = 1
print(list(Z))
class Mixed(str, Enum):
    A = 'a'
print(Mixed.A, repr(Mixed.A), format(Mixed.A), Mixed.A == 'a')
class Pl(Enum):
    ONE = (1, 2)
    def __init__(self, a, b): self.a = a
print(Pl.ONE.a, Pl.ONE.value, Pl((1,2)))
print(enum.__all__)

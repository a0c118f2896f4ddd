# Members named like attributes of the data type or of a base class, and enum.property.
from enum import StrEnum, IntEnum, Enum
import enum
class W(StrEnum):
    upper = 'u'
    count = 'c'
    X = 'x'
print(repr(W.upper), W.X.upper(), W.upper.upper(), repr(W.count), W.X.count('x'), W.upper.count('u'))
class I(IntEnum):
    real = 5
    denominator = 7
print(repr(I.real), I.real.real, I.denominator.real, I.real.denominator, repr(I.denominator))
class Base:
    tag = 'base-tag'
class M(Base, Enum):
    tag = 1
    other = 2
print(repr(M.tag), M.other.tag if hasattr(M.other, 'tag') else None)
class P(Enum):
    A = 1
    @enum.property
    def info(self):
        return 'info:' + self.name
print(P.A.info)
try: P.info
except AttributeError as e: print(e)
class Q(Enum):
    A = 1
    @enum.property
    def data(self):
        return None
try:
    del P.A.value
except AttributeError as e: print(e)
print(dir(W.X)[-6:], 'upper' in dir(W), sorted(I.__members__))

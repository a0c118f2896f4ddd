from enum import *
class IP(IntFlag):
    R = 4
    W = 2
print(~IP.R, repr(~IP.R), repr(IP(-1)), repr(~IP(0)))
class P(Flag):
    R = auto()
    W = auto()
    RW = R | W
    NONE = 0
print(list(P), P.__members__, repr(P.RW), repr(~P.R), repr(P(3)), repr(P.NONE))
class C(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(repr(C(7)), repr(C(4)))
class E(Flag, boundary=EJECT):
    A = 1
print(repr(E(3)), type(E(3)))
try: P(8)
except ValueError as e: print(e)
try: P('x')
except ValueError as e: print(e)
try: P.R in 1
except TypeError as e: print(e)
print(repr(auto()), auto().value)
class S(StrEnum):
    A = auto()
print(repr(S.A), str(S.A), f"{S.A}")
try:
    class Bad(StrEnum):
        A = 1
except TypeError as e: print(e)
try:
    class Bad(Enum):
        _foo_ = 1
except ValueError as e: print(e)
try:
    class Bad(Enum):
        A = auto()
        def _generate_next_value_(*a): return 1
except TypeError as e: print(e)
@verify(UNIQUE)
class V(Enum):
    A = 1
try:
    @verify(CONTINUOUS)
    class V2(Enum):
        A = 1
        B = 3
except ValueError as e: print(e)
class Mem(Enum):
    A = 1
    f = member(lambda x: 2)
    g = nonmember(3)
print(list(Mem)[0], Mem.f.value(0), Mem.g)
print(FlagBoundary.STRICT, repr(STRICT), repr(EnumCheck.UNIQUE))
class Q(Enum):
    name = 1
    value = 2
print(Q.name, Q.value, Q.name.name, Q.value.value)
print(Color := Enum('Color', {'R': 1}), repr(Color.R))
print(repr(IP.R | IP.W), IP.R.name, (IP.R|IP.W).name, IP(0).name, repr(IP(0)))
print(Enum.__members__ if hasattr(Enum, '__members__') else None, len(Enum))

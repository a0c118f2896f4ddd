from dataclasses import dataclass, field
import dataclasses
@dataclass
class A:
    x: int
print(A.__dataclass_params__, repr(dataclasses._FIELD), dataclasses._HAS_DEFAULT_FACTORY)
class Plain: pass
@dataclass(init=False)
class B:
    x: int = 1
print(B.__doc__)
@dataclass
class C:
    x: list[int]
    y: 'int'
    z: dataclasses.InitVar[list[int]] = None
print(C.__doc__)
try:
    @dataclass
    class D:
        a: int = field(default=1, default_factory=list)
except ValueError as e: print(e)
try:
    @dataclass
    class D:
        a = field(default=1)
except TypeError as e: print(e)
print(C.__init__.__annotations__, C.__repr__.__qualname__, A.__eq__.__qualname__)

# dataclasses driven by class-body annotations and defaults.
from dataclasses import dataclass, field
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1)
print(p, p == Point(1, 0), p.tags is not Point(1).tags)
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(1, 2), Version(1, 0), Version(0, 9)]))
try:
    Version(1).major = 2
except Exception as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    Point()
except TypeError as e:
    print(e)
print(hash(Version(1, 2)) == hash(Version(1, 2)))

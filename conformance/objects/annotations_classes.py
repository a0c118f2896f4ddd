# Class __annotations__ are per class (not merged), get_type_hints merges the MRO; annotations on methods.
import typing
class Base:
    a: int
    b: str = "b"
class Child(Base):
    c: float
print(Base.__annotations__, Child.__annotations__, typing.get_type_hints(Child))
class NoAnnotations(Base):
    pass
print(NoAnnotations.__annotations__ if "__annotations__" in NoAnnotations.__dict__ else "inherits", typing.get_type_hints(NoAnnotations))
class Forward:
    other: "Forward"
    items: list["Forward"]
print(Forward.__annotations__, typing.get_type_hints(Forward, globalns=globals()))
class M:
    def method(self, x: int, *args: str, y: "float" = 1.0, **kw: bool) -> "M":
        return self
print(M.method.__annotations__, typing.get_type_hints(M.method))
Child.__annotations__["d"] = bytes
print(Child.__annotations__, hasattr(Child, "d"))
def f(): pass
f.__annotations__["x"] = int
print(f.__annotations__)
try:
    class Bad:
        x: undefined_name_in_annotation = 1
except NameError as e:
    print(type(e).__name__, e)

# __name__, __qualname__, __module__ of classes and their assignment rules.
class Outer:
    class Inner:
        def method(self):
            pass
    def make(self):
        class Local:
            pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer().make().__qualname__)
print(Outer.__name__, Outer.__module__, Outer.Inner.__module__)
Outer.__name__ = "Renamed"
print(Outer.__name__, Outer.__qualname__, repr(Outer))
Outer.__qualname__ = "Q.R"
print(repr(Outer))
for attr, val in (("__name__", 5), ("__qualname__", 5), ("__name__", "a\0b")):
    try:
        setattr(Outer, attr, val)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for attr in ("__name__", "__qualname__", "__module__"):
    try:
        delattr(Outer, attr)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
for attr, val in (("__name__", "x"), ("__qualname__", "x"), ("__module__", "x")):
    try:
        setattr(int, attr, val)
    except TypeError as e:
        print("TypeError", e)
class Custom:
    __module__ = "somewhere"
    __qualname__ = "Other.Name"
print(repr(Custom), Custom.__module__, Custom.__qualname__, "__qualname__" in Custom.__dict__)
print(int.__module__, int.__qualname__, type.__module__, object.__name__)
X = type("X", (), {"__module__": "mod"})
print(repr(X), X.__qualname__)
Y = type("Y", (), {})
print(Y.__module__)

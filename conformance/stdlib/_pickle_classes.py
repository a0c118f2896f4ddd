# Classes the pickle_* cases pickle, in a module of their own so that pickle finds them by name (not a case).
import copyreg


class Plain:
    def __init__(self, a=1):
        self.a = a
        self.b = [a, "x"]

    def __eq__(self, other):
        return type(other) is Plain and vars(self) == vars(other)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1


class Mixed(Plain):
    __slots__ = ("s",)

    def __init__(self):
        super().__init__(2)
        self.s = "slot"


class NewArgs:
    def __new__(cls, n):
        obj = super().__new__(cls)
        obj.n = n
        return obj

    def __getnewargs__(self):
        return (self.n,)


class NewArgsEx:
    def __new__(cls, *args, **kwargs):
        obj = super().__new__(cls)
        obj.args = args
        obj.kwargs = kwargs
        return obj

    def __getnewargs_ex__(self):
        return self.args, self.kwargs


class ByName:
    def __reduce__(self):
        return "BY_NAME"


BY_NAME = ByName()


class Counted:
    def __init__(self):
        self.v = 5

    def __getstate__(self):
        return {"v": self.v * 10}

    def __setstate__(self, state):
        self.v = state["v"] + 1


class Stack(list):
    pass


class Table(dict):
    pass


class Number(int):
    pass


class Outer:
    class Inner:
        class Deepest:
            pass

    def method(self):
        return "m"


def function():
    return "f"


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class WithSetter:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (WithSetter, (0,), {"v": self.v}, None, None, set_state)


def set_state(obj, state):
    obj.v = state["v"] * 100


class Listy:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x)

    def __reduce__(self):
        return (Listy, (), None, iter([1, 2, 3]))


class Bad:
    def __init__(self, rv):
        self.rv = rv

    def __reduce__(self):
        return self.rv


class Registered:
    def __init__(self, v):
        self.v = v


def reduce_registered(obj):
    return (Registered, (obj.v + 1,))


copyreg.pickle(Registered, reduce_registered)

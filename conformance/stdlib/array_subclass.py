# conformance: native
# Subclasses of array.array: construction through __new__/__init__, repr with the class name, which results keep the subclass, attributes, pickling.
import array
import copy
import pickle


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class A(array.array):
    pass


a = A("i", [1, 2, 3])
show("repr", lambda: (repr(a), str(A("d")), repr(A("u", "hi"))))
show("type", lambda: (type(a).__name__, isinstance(a, array.array), a.typecode, a.itemsize, len(a)))
show("slice", lambda: (type(a[1:]).__name__, a[1:], type(a[::2]).__name__))
show("copies", lambda: (type(copy.copy(a)).__name__, type(copy.deepcopy(a)).__name__))
show("operators", lambda: (type(a + a).__name__, type(a * 2).__name__, type(2 * a).__name__))
b = A("i")
b += a
b *= 2
show("in-place", lambda: (type(b).__name__, b))
show("compare", lambda: (a == array.array("i", [1, 2, 3]), a == [1, 2, 3], a < A("i", [1, 3])))
a.label = "x"
show("attributes", lambda: (a.label, a.__dict__))
show("reduce", lambda: a.__reduce_ex__(2))
show("pickle", lambda: (lambda r: (type(r).__name__, r, r.label))(pickle.loads(pickle.dumps(a))))
show("keywords", lambda: A("i", [1], extra=1))
show("bad typecode", lambda: A("z"))
show("memoryview", lambda: (memoryview(a).tolist(), memoryview(a).format))


class Scaled(array.array):
    def __new__(cls, values, scale=1):
        self = super().__new__(cls, "d", [v * scale for v in values])
        self.scale = scale
        return self

    def total(self):
        return sum(self)


s = Scaled([1, 2], scale=3)
show("Scaled", lambda: (s, s.total(), s.scale, s.tolist()))
s.append(0.5)
show("append", lambda: (s, s.total()))


class Noted(array.array):
    def __init__(self, *args):
        self.args_seen = args


n = Noted("b", b"xy")
show("Noted", lambda: (n, n.args_seen))


class Slotted(array.array):
    __slots__ = ("tag",)


t = Slotted("h", [5])
t.tag = 1
show("slots", lambda: (t, t.tag, hasattr(t, "__dict__")))
show("slots other", lambda: setattr(t, "other", 2))

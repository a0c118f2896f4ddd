# Subclasses of struct.Struct: __init__ compiles the format (and may run again), subclass constructors take their own arguments.
import struct


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Shorts(struct.Struct):
    def __init__(self, n):
        super().__init__("<" + "h" * n)
        self.n = n

    def total(self, data):
        return sum(self.unpack(data))


s = Shorts(3)
show("Shorts", lambda: (s.format, s.size, s.n, type(s).__name__, isinstance(s, struct.Struct)))
show("pack", lambda: s.pack(1, 2, 3))
show("unpack", lambda: (s.unpack(b"\x01\x00\x02\x00\x03\x00"), s.total(b"\x01\x00\x02\x00\x03\x00")))
show("iter_unpack", lambda: list(s.iter_unpack(bytes(12))))
show("unpack_from", lambda: s.unpack_from(b"\x00" * 8, 2))
buf = bytearray(8)
s.pack_into(buf, 1, 7, 8, 9)
show("pack_into", lambda: buf)
show("wrong count", lambda: s.pack(1))
show("repr", lambda: repr(s).split(" object at ")[0])
s.note = "kept"
show("dict", lambda: s.__dict__)


class Plain(struct.Struct):
    pass


show("Plain", lambda: (Plain("i").size, Plain(format="h").size, Plain(b"<q").format))
show("Plain none", lambda: Plain())
show("Plain bad", lambda: Plain("z"))
show("Plain int", lambda: Plain(1))
show("Struct none", lambda: struct.Struct())
show("Struct two", lambda: struct.Struct("i", "h"))
show("Struct kw and pos", lambda: struct.Struct("i", format="h"))
show("Struct two kws", lambda: struct.Struct(format="i", other=1))
show("Struct dict", lambda: hasattr(struct.Struct("i"), "__dict__"))
r = struct.Struct("i")
r.__init__(">hh")
show("re-init", lambda: (r.format, r.size, r.pack(1, 2)))
show("repr Struct", lambda: repr(struct.Struct("i")).split(" object at ")[0])


class Pair(struct.Struct):
    def __new__(cls, *args):
        return super().__new__(cls)

    def __init__(self, first, second):
        super().__init__(first + second)


show("Pair", lambda: (Pair("i", "h").format, Pair("i", "h").size))

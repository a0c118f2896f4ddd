# tuple repr: one-element comma, nested, containing strings with quotes, recursion through a list.
print((1,), (), ((),), (1, (2, (3,))), ("a'b", 'c"d'), (None, True, 1.0, 1j), (b"x", bytearray(b"y")))
l = []; t = (l,); l.append(t); print(t, l)
print(str((1, "s")), repr(("s",)), f"{(1, 2)}", "%s" % ((1, 2),), "{}".format((3,)))
class R:
    def __repr__(self):
        return "R"
print((R(), [R()]), tuple([R()]))

# int special methods called directly: NotImplemented for foreign types, __pow__ with modulus, __round__ with ndigits.
print((5).__add__(2), (5).__add__(2.0), (5).__radd__(1), (5).__sub__("a"), (5).__mul__([1]), (5).__truediv__(2), (5).__rtruediv__(10), (5).__floordiv__(0.5))
print((3).__pow__(4, 5), (3).__pow__(-1, 7), (3).__rpow__(2), (5).__lshift__(2), (5).__rlshift__(1), (5).__and__(True), (6).__xor__(3), (5).__invert__(), (5).__neg__(), (-5).__pos__())
print((1234).__round__(-2), (1250).__round__(-2), (5).__round__(3), (5).__lt__(6.5), (5).__eq__(5.0), (5).__eq__("5"), (5).__ne__(5), (5).__hash__() == hash(5), (5).__sizeof__() > 0)
for f in [lambda: (5).__round__("x"), lambda: (5).__pow__(2, 0), lambda: (5).__floordiv__(0), lambda: (5).__lshift__(-1), lambda: int.__add__(1.5, 1)]:
    try:
        print(f())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

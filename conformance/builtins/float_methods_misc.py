# float methods and attributes: conjugate, real/imag, __getformat__, __round__, __format__ basics, subclass.
print((2.5).conjugate(), (2.5).real, (2.5).imag, float.__getformat__("double"), float.__getformat__("float"))
print((2.5).__round__(), (2.567).__round__(2), (1e16).__int__(), (3.7).__trunc__(), (-0.0).__abs__(), (2.0).__pow__(3), (2.0).__rpow__(3))
class F(float):
    def __repr__(self): return "F(" + super().__repr__() + ")"
f = F(1.5)
print(f, f + 1, type(f + 1).__name__, F("2.5"), isinstance(f, float), float(f), type(float(f)).__name__, F.__mro__[1])
for bad in [lambda: float.__getformat__("x"), lambda: (1.5).hex(1), lambda: (1.0).real.x, lambda: setattr(1.0, "real", 2)]:
    try:
        print(bad())
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(float.fromhex((0.1).hex()) == 0.1, (0.1).__repr__(), (1e16).__str__(), 1.0.__eq__(1), 1.0.__eq__("1"), (1.0).__hash__() == 1)

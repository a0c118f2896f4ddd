# float.__round__, __trunc__, __floor__, __ceil__, __divmod__, __mod__ methods called directly; NotImplemented returns.
print((7.5).__divmod__(2), (7.5).__mod__(-2), (7.5).__rmod__(2), (7.5).__floordiv__(2), (7.5).__rfloordiv__(100), (2.0).__truediv__(0.5), (2.0).__rtruediv__(1))
print((1.5).__add__("x"), (1.5).__mul__([1]), (1.5).__eq__("x"), (1.5).__lt__(2), (1.5).__lt__("a"), (1.5).__radd__(1), (2.0).__pow__(2, None) if False else (2.0).__pow__(2))
print((2.5).__round__(None), (2.567).__round__(1), (-0.5).__round__(), (1e300).__round__(-299), float.__floor__(-0.5), float.__ceil__(-0.5), float.__trunc__(-0.5))
for f in [lambda: (1.5).__round__("x"), lambda: (2.0).__pow__(2, 3), lambda: (1.0).__divmod__(0.0), lambda: (1.0).__truediv__(0)]:
    try:
        print(f())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

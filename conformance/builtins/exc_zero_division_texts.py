# ZeroDivisionError, OverflowError and related texts raised by arithmetic builtins.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 1 / 0)
t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(lambda: 1.0 / 0)
t(lambda: 1.0 // 0.0)
t(lambda: 1.0 % 0.0)
t(lambda: divmod(1, 0))
t(lambda: divmod(1.0, 0.0))
t(lambda: 0 ** -1)
t(lambda: 0.0 ** -1)
t(lambda: (1j) / 0)
t(lambda: float(10 ** 400))
t(lambda: int(float("inf")))
t(lambda: int(float("nan")))
t(lambda: 10 ** 400 / 1)
t(lambda: [1] * 2 ** 100)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError), issubclass(FloatingPointError, ArithmeticError))

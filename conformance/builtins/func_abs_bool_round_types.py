# result types of abs, round, divmod and pow for bool, int and float arguments.
for v in [True, -3, 2.5, -0.0]:
    print(repr(v), type(abs(v)).__name__, type(round(v)).__name__, type(divmod(v, 2)[0]).__name__, type(pow(v, 2)).__name__)
print(abs(False), round(True), divmod(True, True), pow(True, 2), pow(2, True), True + True, -True)
print(round(-0.0), round(0.5), round(-0.5), round(1e20), type(round(1e20)).__name__)

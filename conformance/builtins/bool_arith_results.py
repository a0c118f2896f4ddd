# bool in arithmetic: result types and values of every operator, bitwise ops staying bool, ~ deprecation.
import warnings
t, f = True, False
for name, r in [("t+t", t + t), ("t-f", t - f), ("t*5", t * 5), ("t/2", t / 2), ("t//2", t // 2), ("t%2", t % 2), ("t**f", t ** f),
                ("-t", -t), ("+t", +t), ("abs(-t)", abs(-t)), ("t&f", t & f), ("t|f", t | f), ("t^t", t ^ t), ("t&1", t & 1),
                ("1|f", 1 | f), ("t<<3", t << 3), ("t>>1", t >> 1), ("divmod(t,t)", divmod(t, t)), ("t+1.5", t + 1.5), ("t*1j", t * 1j)]:
    print(name, repr(r), type(r).__name__)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(~t, ~f)
    print(w[0].category.__name__, w[0].message)
print(True == 1, True is 1 if False else "skip", hash(True) == hash(1), {True: "a", 1: "b"}, sum([True] * 5), True.real, True.imag)
print(bool.__or__(True, False), bool.__and__(True, 3), True.__xor__(1), True.conjugate(), True.bit_length(), True.numerator)
try:
    True / False
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

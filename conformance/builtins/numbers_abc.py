# The numbers ABCs: builtin registrations, Fraction's place, abstract methods enforced.
import numbers
from fractions import Fraction
for v in [1, True, 1.5, 1j, Fraction(1, 2), "1", None]:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(bool, numbers.Number), numbers.Integral.__mro__[1].__name__)
class Incomplete(numbers.Real):
    pass
try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, str(e).split(" with")[0])
print(sorted(numbers.Complex.__abstractmethods__)[:5], numbers.__all__)

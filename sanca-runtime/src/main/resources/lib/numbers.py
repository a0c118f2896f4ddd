"""Abstract base classes for numbers (PEP 3141): Number > Complex > Real > Rational > Integral."""

import abc

abstractmethod = abc.abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=abc.ABCMeta):
    """The root of the numeric tower; isinstance(x, Number) says x is a number."""
    __slots__ = ()
    __hash__ = None


class Complex(Number):
    """Numbers with real and imaginary parts and the field operations."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """The value as a builtin complex."""

    def __bool__(self):
        return self != 0

    @property
    @abstractmethod
    def real(self):
        """The real part."""

    @property
    @abstractmethod
    def imag(self):
        """The imaginary part."""

    @abstractmethod
    def __add__(self, other):
        """self + other"""

    @abstractmethod
    def __radd__(self, other):
        """other + self"""

    @abstractmethod
    def __neg__(self):
        """-self"""

    @abstractmethod
    def __pos__(self):
        """+self"""

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other

    @abstractmethod
    def __mul__(self, other):
        """self * other"""

    @abstractmethod
    def __rmul__(self, other):
        """other * self"""

    @abstractmethod
    def __truediv__(self, other):
        """self / other"""

    @abstractmethod
    def __rtruediv__(self, other):
        """other / self"""

    @abstractmethod
    def __pow__(self, exponent):
        """self ** exponent"""

    @abstractmethod
    def __rpow__(self, base):
        """base ** self"""

    @abstractmethod
    def __abs__(self):
        """The magnitude, a Real."""

    @abstractmethod
    def conjugate(self):
        """The complex conjugate."""

    @abstractmethod
    def __eq__(self, other):
        """self == other"""


Complex.register(complex)


class Real(Complex):
    """Complex numbers on the real line: ordered, with floor division and rounding."""
    __slots__ = ()

    @abstractmethod
    def __float__(self):
        """The value as a builtin float."""

    @abstractmethod
    def __trunc__(self):
        """The Integral nearest to self between 0 and self."""

    @abstractmethod
    def __floor__(self):
        """The greatest Integral <= self."""

    @abstractmethod
    def __ceil__(self):
        """The least Integral >= self."""

    @abstractmethod
    def __round__(self, ndigits=None):
        """round(self) to an Integral; round(self, ndigits) to a Real; halves go to even."""

    def __divmod__(self, other):
        return self // other, self % other

    def __rdivmod__(self, other):
        return other // self, other % self

    @abstractmethod
    def __floordiv__(self, other):
        """self // other"""

    @abstractmethod
    def __rfloordiv__(self, other):
        """other // self"""

    @abstractmethod
    def __mod__(self, other):
        """self % other"""

    @abstractmethod
    def __rmod__(self, other):
        """other % self"""

    @abstractmethod
    def __lt__(self, other):
        """self < other"""

    @abstractmethod
    def __le__(self, other):
        """self <= other"""

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


Real.register(float)


class Rational(Real):
    """Real numbers that are a ratio of two Integrals."""
    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        """The numerator in lowest terms."""

    @property
    @abstractmethod
    def denominator(self):
        """The positive denominator in lowest terms."""

    def __float__(self):
        # int() first: true division of two Integrals is exact and correctly rounded.
        top, bottom = int(self.numerator), int(self.denominator)
        return top / bottom


class Integral(Rational):
    """Rational numbers with denominator 1, with the bitwise operations."""
    __slots__ = ()

    @abstractmethod
    def __int__(self):
        """The value as a builtin int."""

    def __index__(self):
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        """self ** exponent % modulus"""

    @abstractmethod
    def __lshift__(self, other):
        """self << other"""

    @abstractmethod
    def __rlshift__(self, other):
        """other << self"""

    @abstractmethod
    def __rshift__(self, other):
        """self >> other"""

    @abstractmethod
    def __rrshift__(self, other):
        """other >> self"""

    @abstractmethod
    def __and__(self, other):
        """self & other"""

    @abstractmethod
    def __rand__(self, other):
        """other & self"""

    @abstractmethod
    def __xor__(self, other):
        """self ^ other"""

    @abstractmethod
    def __rxor__(self, other):
        """other ^ self"""

    @abstractmethod
    def __or__(self, other):
        """self | other"""

    @abstractmethod
    def __ror__(self, other):
        """other | self"""

    @abstractmethod
    def __invert__(self):
        """~self"""

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Integral.register(int)
